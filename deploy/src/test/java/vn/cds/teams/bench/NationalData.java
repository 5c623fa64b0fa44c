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
import java.time.LocalDateTime;
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
import vn.cds.teams.common.infrastructure.SchemaMigration;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.registry.domain.Team;

/**
 * Fills a PostgreSQL database with a national registry, for the scale benchmarks: the old shape (the statistics
 * office's 63 provinces, 696 districts and 10,047 communes of March 2025, ten villages each, a commune team and
 * seven village teams per commune, five members per team: about 100,000 villages, 80,000 teams, 400,000 members)
 * or the new shape (34 provinces, 3,321 communes straight under them, thirty villages each, the same totals), and
 * one month of commune reports when the monthly-report tables exist. It migrates the schema with the module's own
 * Flyway scripts and loads with COPY. People and phones are invented; the random seed is fixed, so two runs load
 * the same data.
 *
 * <p>Arguments: {@code old|new jdbcUrl user password [period]}; the database must hold no units yet.
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

    record Unit(String code, String name, String level, String parent, String path) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || !(args[0].equals("old") || args[0].equals("new"))) {
            System.err.println("usage: NationalData old|new jdbc:postgresql://host:port/db user password [YYYY-MM]");
            System.exit(2);
        }
        String period = args.length > 4 ? args[4] : "2025-03";
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
            List<Unit> communes = args[0].equals("old") ? data.oldShape() : data.newShape();
            int villagesPerCommune = args[0].equals("old") ? 10 : 30;
            int villageTeamsPerCommune = args[0].equals("old") ? 7 : 23;
            data.registry(communes, villagesPerCommune, villageTeamsPerCommune);
            if (tableExists(connection, "monthly_report")) {
                data.month(communes, period);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            System.out.printf("Loaded %s shape in %.1f s: %s%n", args[0], (System.nanoTime() - start) / 1e9,
                    data.counts);
        }
    }

    /** Provinces, districts and communes from the statistics office's catalogue of March 2025. */
    private List<Unit> oldShape() throws IOException, SQLException {
        List<Unit> units = new ArrayList<>();
        Map<String, String> paths = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NationalData.class.getResourceAsStream("/data/vn-units-2025-03.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                String parent = cells[4].isEmpty() ? null : cells[4];
                String path = (parent == null ? "/" : paths.get(parent)) + cells[0] + "/";
                paths.put(cells[0], path);
                units.add(new Unit(cells[0], cells[1], cells[3], parent, path));
            }
        }
        units(units);
        return units.stream().filter(u -> u.level().equals("COMMUNE")).toList();
    }

    /** 34 provinces with 3,321 communes straight under them, as after the July 2025 reform (names invented). */
    private List<Unit> newShape() throws SQLException {
        List<Unit> units = new ArrayList<>();
        List<Unit> communes = new ArrayList<>();
        for (int p = 1; p <= 34; p++) {
            String province = String.format("N%02d", p);
            units.add(new Unit(province, "Tỉnh Mẫu " + p, "PROVINCE", null, "/" + province + "/"));
            int perProvince = 3321 / 34 + (p <= 3321 % 34 ? 1 : 0);
            for (int c = 1; c <= perProvince; c++) {
                String code = province + String.format("%03d", c);
                Unit commune = new Unit(code, (c % 5 == 0 ? "Phường Mẫu " : "Xã Mẫu ") + c + " " + p, "COMMUNE",
                        province, "/" + province + "/" + code + "/");
                units.add(commune);
                communes.add(commune);
            }
        }
        units(units);
        return communes;
    }

    private void units(List<Unit> units) throws SQLException {
        StringBuilder rows = new StringBuilder();
        for (Unit u : units) {
            unitRow(rows, u);
        }
        load("administrative_unit (code, version, name, name_search, name_sort, unit_level, parent_code, path)",
                rows, units.size());
    }

    private static void unitRow(StringBuilder rows, Unit u) {
        line(rows, u.code(), "0", u.name(), VietnameseText.fold(u.name()), VietnameseText.sortKey(u.name()), u.level(),
                u.parent(), u.path());
    }

    /** Villages, a commune team and village teams, and their members (leader, deputy, three members). */
    private void registry(List<Unit> communes, int villagesPerCommune, int villageTeamsPerCommune) throws SQLException {
        StringBuilder villages = new StringBuilder();
        StringBuilder teams = new StringBuilder();
        StringBuilder members = new StringBuilder();
        int villageRows = 0;
        int teamRows = 0;
        int memberRows = 0;
        LocalDate established = LocalDate.of(2022, 6, 17);
        for (Unit commune : communes) {
            for (int v = 1; v <= villagesPerCommune; v++) {
                String name = (v % 3 == 0 ? "Tiểu khu " : "Bản ") + GIVEN[(v + commune.code().hashCode()) & 15] + " " + v;
                Unit village = new Unit(commune.code() + "-" + String.format("%02d", v), name, "VILLAGE",
                        commune.code(), commune.path() + commune.code() + "-" + String.format("%02d", v) + "/");
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
        load("administrative_unit (code, version, name, name_search, name_sort, unit_level, parent_code, path)",
                villages, -1);
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
                    "0" + (phone++), i == 0 ? (unit == commune ? "Bí thư Đoàn xã" : "Trưởng bản") : "Thành viên",
                    professions[i], roles[i], established.toString(), null);
        }
        String now = LocalDateTime.of(2022, 6, 17, 9, 0).toString().replace('T', ' ');
        String sortKey = VietnameseText.sortKey(unit.name());
        line(teams, id, "1", unit.code(), commune.code(), unit.level(), unit.name(), VietnameseText.fold(unit.name()),
                sortKey, null, "ESTABLISHED", "5", "0", "1", leader, "1/QĐ-UBND", established.toString(),
                "Chủ tịch UBND " + commune.name(), "generator", now, now, unit.path(),
                Team.listOrder(commune.path(), UnitLevel.valueOf(unit.level()), sortKey));
        return roles.length;
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
