package vn.cds.teams.reporting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources.Source;

/**
 * The consolidation's parts on an embedded H2 with the module's migrations, outside any container (R12, R13): a
 * district's lines from its communes' reports, its totals, a rewritten chunk (a restart) counting nothing twice,
 * and a province from a consolidated district and a district without a consolidation.
 */
class ConsolidationLinesTest {

    private static final Period MONTH = Period.parse("2024-03");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-21T01:00:00Z"), ZoneOffset.UTC);

    private JdbcDataSource database;
    private ConsolidationSources sources;
    private ConsolidationRevisions revisions;
    private ConsolidationLines lines;

    @BeforeEach
    void database() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigration.flyway(database).migrate();
        sources = new ConsolidationSources();
        sources.dataSource = database;
        revisions = new ConsolidationRevisions();
        revisions.dataSource = database;
        revisions.clock = CLOCK;
        lines = new ConsolidationLines();
        lines.dataSource = database;
        lines.clock = CLOCK;
        // Province P with district D1 (communes C1 on time, C2 late, C3 missing) and D2 (C4 on time).
        unit("P", "PROVINCE", null, "/P/");
        unit("D1", "DISTRICT", "P", "/P/D1/");
        unit("D2", "DISTRICT", "P", "/P/D2/");
        unit("C1", "COMMUNE", "D1", "/P/D1/C1/");
        unit("C2", "COMMUNE", "D1", "/P/D1/C2/");
        unit("C3", "COMMUNE", "D1", "/P/D1/C3/");
        unit("C4", "COMMUNE", "D2", "/P/D2/C4/");
        report("C1", false, 10, 3);
        report("C2", true, 20, 5);
        report("C4", false, 40, 7);
    }

    @Test
    void aDistrictsLinesAndTotalsComeFromItsCommunesReports() {
        String district = run("D1", ConsolidationLevel.DISTRICT, sources.of("D1", MONTH));

        ConsolidationView view = revisions.latest("D1", MONTH);
        assertEquals(3, view.expected());
        assertEquals(2, view.received());
        assertEquals(1, view.onTime());
        assertEquals(1, view.late());
        assertEquals(List.of("C3"), view.missing());
        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 8L, "PROPAGANDA_SESSIONS", 30L), view.totals());
        assertEquals(12, view.teams());
        List<ConsolidationLines.Line> annex = lines.lines("D1", MONTH, view.revision());
        assertEquals(List.of("C1", "C2", "C3"), annex.stream().map(ConsolidationLines.Line::sourceCode).toList());
        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 5L, "PROPAGANDA_SESSIONS", 20L), annex.get(1).values());
        assertEquals(Map.of(), annex.get(2).values());
        assertEquals(3, lines.count(district));
    }

    @Test
    void aChunkWrittenAgainCountsNothingTwice() {
        String id = UUID.randomUUID().toString();
        revisions.create(id, "D1", ConsolidationLevel.DISTRICT, MONTH, "test", 3);
        List<Source> all = sources.of("D1", MONTH);
        // The first chunk committed, then the run died and a restart wrote every source again.
        lines.write(id, MONTH, all.subList(0, 2));
        lines.write(id, MONTH, all);
        lines.complete(id);
        lines.complete(id);

        ConsolidationView view = revisions.latest("D1", MONTH);
        assertEquals(2, view.received());
        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 8L, "PROPAGANDA_SESSIONS", 30L), view.totals());
        assertEquals(List.of("C3"), view.missing());
    }

    @Test
    void aProvinceTakesItsDistrictsLatestConsolidationsAndCountsAnUnconsolidatedDistrictAsMissing() {
        run("D1", ConsolidationLevel.DISTRICT, sources.of("D1", MONTH));
        List<Source> districts = sources.of("P", MONTH);
        assertTrue(districts.stream().allMatch(Source::district));
        run("P", ConsolidationLevel.PROVINCE, districts);

        ConsolidationView view = revisions.latest("P", MONTH);
        assertEquals(4, view.expected());
        assertEquals(2, view.received());
        assertEquals(List.of("C3", "D2"), view.missing());
        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 8L, "PROPAGANDA_SESSIONS", 30L), view.totals());
    }

    @Test
    void aSweepsChunkWritesWhatRunsOfTheirOwnWould() {
        String d1 = UUID.randomUUID().toString();
        String d2 = UUID.randomUUID().toString();
        revisions.create(d1, "D1", ConsolidationLevel.DISTRICT, MONTH, "test", 3);
        revisions.create(d2, "D2", ConsolidationLevel.DISTRICT, MONTH, "test", 1);
        Map<String, List<Source>> byUnit = sources.of(List.of("D1", "D2"), MONTH);
        lines.writeComplete(MONTH, Map.of(d1, byUnit.get("D1"), d2, byUnit.get("D2")));

        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 8L, "PROPAGANDA_SESSIONS", 30L),
                revisions.latest("D1", MONTH).totals());
        assertEquals(Map.of("DG_ONLINE_APPLICATIONS", 7L, "PROPAGANDA_SESSIONS", 40L),
                revisions.latest("D2", MONTH).totals());
    }

    @Test
    void linesWrittenBeforeTheAmountsColumnAreStillSummedAndRead() throws Exception {
        String id = UUID.randomUUID().toString();
        revisions.create(id, "D2", ConsolidationLevel.DISTRICT, MONTH, "test", 1);
        // A line as versions before V61 wrote it: its values in consolidation_line_value.
        update("INSERT INTO consolidation_line (consolidation_id, source_code, expected, received, on_time, late,"
                + " teams, members, incomplete_teams, teachers) VALUES (?, 'C4', 1, 1, 1, 0, 6, 37, 0, 2)", id);
        update("INSERT INTO consolidation_line_value (consolidation_id, source_code, indicator_code, amount)"
                + " VALUES (?, 'C4', 'PROPAGANDA_SESSIONS', 40)", id);
        lines.complete(id);

        ConsolidationView view = revisions.latest("D2", MONTH);
        assertEquals(Map.of("PROPAGANDA_SESSIONS", 40L), view.totals());
        assertEquals(Map.of("PROPAGANDA_SESSIONS", 40L), lines.lines("D2", MONTH, view.revision()).get(0).values());
    }

    private String run(String unit, ConsolidationLevel level, List<Source> of) {
        String id = UUID.randomUUID().toString();
        revisions.create(id, unit, level, MONTH, "test", of.size());
        lines.write(id, MONTH, of);
        lines.complete(id);
        return id;
    }

    private void unit(String code, String level, String parent, String path) throws Exception {
        update("INSERT INTO administrative_unit (code, version, name, name_search, name_sort, unit_level,"
                + " parent_code, path, official_code) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", code, code, code, code,
                level, parent, path, code);
    }

    private void report(String commune, boolean late, long sessions, long applications) throws Exception {
        String id = UUID.randomUUID().toString();
        update("INSERT INTO monthly_report (id, version, commune_code, period, status, window_start, window_end,"
                + " late, teams, members, incomplete_teams, teachers, created_at) VALUES (?, 0, ?, ?, 'SUBMITTED',"
                + " DATE '2024-02-15', DATE '2024-03-14', ?, 6, 37, 0, 2, TIMESTAMP '2024-03-10 08:00:00')", id,
                commune, MONTH.toString(), late);
        update("INSERT INTO monthly_report_value (report_id, indicator_code, amount) VALUES (?, ?, ?)", id,
                "PROPAGANDA_SESSIONS", sessions);
        update("INSERT INTO monthly_report_value (report_id, indicator_code, amount) VALUES (?, ?, ?)", id,
                "DG_ONLINE_APPLICATIONS", applications);
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
