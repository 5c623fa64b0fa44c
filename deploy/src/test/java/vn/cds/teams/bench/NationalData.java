package vn.cds.teams.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.registry.domain.Team;

/**
 * Fills a PostgreSQL database with a national registry, for the scale benchmarks: the old shape (the statistics
 * office's 63 provinces, 696 districts and 10,047 communes of March 2025, ten villages each, a commune team and
 * seven village teams per commune, five members per team: about 100,000 villages, 80,000 teams, 400,000 members)
 * or today's (the catalogue in force from 1 July 2025: 34 provinces and 3,321 communes, wards and special zones
 * straight under them, with their official codes, names and types, all in force from that day; thirty villages
 * each, twenty-three with a team: about the same totals), and one month of commune reports when the
 * monthly-report tables exist. It migrates the schema with the module's own Flyway scripts and loads with COPY.
 * Villages, people and phones are invented; the random seed is fixed, so two runs load the same data.
 *
 * <p>Arguments: {@code old|today jdbcUrl user password [period]}; the database must hold no units yet. The period
 * defaults to 2025-03 for the old shape and 2025-08 for today's; today's needs a month from 2025-07 (a month is
 * consolidated on the units in force on its first day).
 */
public final class NationalData {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Lò", "Hà",
        "Sồng", "Vì", "Mùa", "Đinh", "Lường", "Tòng", "Quàng"};
    private static final String[] GIVEN = {"An", "Bình", "Chiến", "Dũng", "Đức", "Hoà", "Thuỷ", "Ểnh", "Sáng", "Ước",
        "Hương", "Lan", "Minh", "Nga", "Phúc", "Quý", "Sơn", "Tâm", "Uyên", "Xuân"};
    private static final String[] INDICATORS = {"DG_ONLINE_SERVICES_GUIDED", "DG_ONLINE_APPLICATIONS",
        "DE_ECOMMERCE_GUIDED", "DE_EPAYMENT_ACCOUNTS", "DE_PRODUCTS_ONLINE", "DS_DIGITAL_SERVICES_GUIDED",
        "PROPAGANDA_SESSIONS"};
    private static final int BATCH = 50_000;

    private final Random random = new Random(20220615);
    private final CopyManager copy;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private long phone = 900_000_000L;

    private NationalData(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The first day of today's units (the two-level structure). */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    record Unit(String code, String name, String level, String type, String parent, String path, LocalDate from) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !(args[0].equals("old") || args[0].equals("today"))) {
            System.err.println("usage: NationalData old|today jdbc:postgresql://host:port/db user password [YYYY-MM]");
            System.exit(2);
        }
        boolean old = args[0].equals("old");
        String period = args.length > 4 && args[4].matches("\\d{4}-\\d{2}") ? args[4] : old ? "2025-03" : "2025-08";
        if (!old && LocalDate.parse(period + "-01").isBefore(REFORM)) {
            System.err.println("Today's units are in force from " + REFORM + ": give a month from 2025-07.");
            System.exit(2);
        }
        long start = System.nanoTime();
        FluentConfiguration schema = Flyway.configure().dataSource(args[1], args[2], args[3]);
        schema.locations(SchemaMigration.locations(schema.getDataSource())).load().migrate();
        try (Connection connection = DriverManager.getConnection(args[1], args[2], args[3])) {
            try (Statement statement = connection.createStatement();
                 ResultSet units = statement.executeQuery("SELECT COUNT(*) FROM administrative_unit")) {
                units.next();
                if (units.getLong(1) > 0) {
                    System.err.println("The database already holds units: use an empty one.");
                    System.exit(1);
                }
            }
            NationalData data = new NationalData(connection);
            List<Unit> communes = data.catalogue(old ? "/data/vn-units-2025-03.csv" : "/data/vn-units-2025-07.csv",
                    old ? null : REFORM);
            int villagesPerCommune = old ? 10 : 30;
            int villageTeamsPerCommune = old ? 7 : 23;
            data.registry(communes, villagesPerCommune, villageTeamsPerCommune,
                    old ? LocalDate.of(2022, 6, 17) : REFORM.plusDays(14));
            if (tableExists(connection, "monthly_report")) {
                data.month(communes, period);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            System.out.printf("Loaded %s shape (reports of %s) in %.1f s: %s%n", args[0], period,
                    (System.nanoTime() - start) / 1e9, data.counts);
        }
    }

    /**
     * The provinces, districts (old shape) and communes of a catalogue in the statistics office's shape
     * ({@code code,name,type,level,parent_code}), in force from {@code from} (null: since before the records).
     */
    private List<Unit> catalogue(String resource, LocalDate from) throws IOException, SQLException {
        List<Unit> units = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NationalData.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                String parent = cells[4].isEmpty() ? null : cells[4];
                String path = (parent == null ? "/" : paths.get(parent)) + cells[0] + "/";
                paths.put(cells[0], path);
                UnitLevel level = UnitLevel.valueOf(cells[3]);
                String type = UnitType.ofLabel(cells[2]).filter(t -> t.level() == level)
                        .or(() -> UnitType.ofName(cells[1], level)).map(Enum::name).orElse(null);
                units.add(new Unit(cells[0], cells[1], cells[3], type, parent, path, from));
            }
        }
        units(units);
        return units.stream().filter(u -> u.level().equals("COMMUNE")).toList();
    }

    private void units(List<Unit> units) throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (Unit u : units) {
            unitRow(rows, u);
        }
        load(UNIT_COLUMNS, rows, units.size());
    }

    private static final String UNIT_COLUMNS = "administrative_unit (code, version, name, name_search, name_sort,"
            + " unit_level, parent_code, path, official_code, unit_type, valid_from)";

    private static void unitRow(StringBuilder rows, Unit u) {
        line(rows, u.code(), "0", u.name(), VietnameseText.fold(u.name()), VietnameseText.sortKey(u.name()), u.level(),
                u.parent(), u.path(), u.code(), u.type(), u.from() == null ? null : u.from().toString());
    }

    /** Villages, a commune team and village teams, and their members (leader, deputy, three members). */
    private void registry(List<Unit> communes, int villagesPerCommune, int villageTeamsPerCommune,
                          LocalDate established) throws SQLException {
        StringBuilder villages = new StringBuilder();
        StringBuilder teams = new StringBuilder();
        StringBuilder members = new StringBuilder();
        int villageRows = 0;
        int teamRows = 0;
        int memberRows = 0;
        for (Unit commune : communes) {
            boolean ward = UnitType.WARD.name().equals(commune.type());
            for (int v = 1; v <= villagesPerCommune; v++) {
                UnitType type = ward ? UnitType.RESIDENTIAL_GROUP : v % 3 == 0 ? UnitType.SUBZONE : UnitType.VILLAGE;
                String name = type.label() + " " + GIVEN[(v + commune.code().hashCode()) & 15] + " " + v;
                String code = commune.code() + "-" + String.format("%02d", v);
                Unit village = new Unit(code, name, "VILLAGE", type.name(), commune.code(),
                        commune.path() + code + "/", commune.from());
                unitRow(villages, village);
                villageRows++;
                if (v <= villageTeamsPerCommune) {
                    memberRows += team(teams, members, village, commune, established);
                    teamRows++;
                }
            }
            memberRows += team(teams, members, commune, commune, established);
            teamRows++;
            if (villages.length() > 8_000_000) {
                flushRegistry(villages, teams, members);
            }
        }
        flushRegistry(villages, teams, members);
        counts.put("administrative_unit (villages)", villageRows);
        counts.put("team", teamRows);
        counts.put("team_member", memberRows);
    }

    private void flushRegistry(StringBuilder villages, StringBuilder teams, StringBuilder members) throws SQLException {
        load(UNIT_COLUMNS, villages, -1);
        load("team (id, version, unit_code, commune_code, team_level, name, name_search, name_sort, zalo_group_url,"
                + " status, member_count, collaborator_count, deputy_count, leader_name, decision_number,"
                + " decision_date, decision_signer, decision_recorded_by, decision_recorded_at, created_at, unit_path,"
                + " list_order)", teams, -1);
        load("team_member (id, version, team_id, full_name, name_search, name_sort, phone, position_title,"
                + " profession, member_role, joined_on, left_on)", members, -1);
    }

    private int team(StringBuilder teams, StringBuilder members, Unit unit, Unit commune, LocalDate established) {
        String id = uuid();
        String leader = null;
        String[] roles = {"LEADER", "DEPUTY", "MEMBER", "MEMBER", "MEMBER"};
        String[] professions = {"OFFICIAL", "POLICE", "TEACHER", "HEALTH_WORKER", "OTHER"};
        for (int i = 0; i < roles.length; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + (i % 2 == 0 ? " Văn " : " Thị ")
                    + GIVEN[random.nextInt(GIVEN.length)];
            if (i == 0) {
                leader = name;
            }
            line(members, uuid(), "0", id, name, VietnameseText.fold(name), VietnameseText.sortKey(name),
                    "0" + (phone++), i == 0 ? (unit == commune ? "Bí thư Đoàn " : "Trưởng ") + word(unit) : "Thành viên",
                    professions[i], roles[i], established.toString(), null);
        }
        String now = established.atTime(9, 0).toString().replace('T', ' ');
        String sortKey = VietnameseText.sortKey(unit.name());
        line(teams, id, "1", unit.code(), commune.code(), unit.level(), unit.name(), VietnameseText.fold(unit.name()),
                sortKey, null, "ESTABLISHED", "5", "0", "1", leader, "1/QĐ-UBND", established.toString(),
                "Chủ tịch UBND " + commune.name(), "generator", now, now, unit.path(),
                Team.listOrder(commune.path(), UnitLevel.valueOf(unit.level()), sortKey));
        return roles.length;
    }

    /** The unit's type as a common noun ("xã", "phường", "bản", "tổ dân phố"). */
    private static String word(Unit unit) {
        return (unit.type() == null ? "xã" : UnitType.valueOf(unit.type()).label()).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * One month of commune reports: nine in ten submitted on time, one in twenty late, the rest missing; each with
     * a value for every default indicator.
     */
    private void month(List<Unit> communes, String period) throws SQLException {
        StringBuilder reports = new StringBuilder();
        StringBuilder values = new StringBuilder();
        int reportRows = 0;
        LocalDate first = LocalDate.parse(period + "-01");
        String windowStart = first.minusMonths(1).withDayOfMonth(15).toString();
        String windowEnd = first.withDayOfMonth(14).toString();
        for (Unit commune : communes) {
            int draw = random.nextInt(20);
            if (draw == 0) {
                continue;
            }
            boolean late = draw == 1;
            String id = uuid();
            String submitted = first.withDayOfMonth(late ? 22 : 10 + random.nextInt(9)) + " 10:00:00";
            line(reports, id, "1", commune.code(), period, "SUBMITTED", null, windowStart, windowEnd,
                    first.withDayOfMonth(20).toString(), submitted, "generator", String.valueOf(late), "8", "40", "0",
                    "7", "5", "8", null, null, null, submitted);
            for (String indicator : INDICATORS) {
                line(values, id, indicator, String.valueOf(random.nextInt(200)));
            }
            reportRows++;
        }
        load("monthly_report (id, version, commune_code, period, status, notes, window_start, window_end, due_before,"
                + " submitted_at, submitted_by, late, teams, members, incomplete_teams, village_teams,"
                + " village_team_minimum, teachers, return_reason, decided_by, decided_at, created_at)", reports, reportRows);
        load("monthly_report_value (report_id, indicator_code, amount)", values, reportRows * INDICATORS.length);
    }

    private void load(String table, StringBuilder rows, int count) throws SQLException {
        if (rows.length() == 0) {
            return;
        }
        try {
            copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
        rows.setLength(0);
        if (count >= 0) {
            counts.merge(table.substring(0, table.indexOf(' ')), count, Integer::sum);
        }
    }

    /** One row of COPY's text format: tab-separated, \N for null. */
    private static void line(StringBuilder rows, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            rows.append(i == 0 ? "" : "\t").append(cells[i] == null ? "\\N" : cells[i]);
        }
        rows.append('\n');
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
