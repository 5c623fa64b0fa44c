package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A benchmark, not a test (its name does not end in IT, so the suite never runs it): a national month consolidated
 * by sweeps on Payara Micro over PostgreSQL, against one SQL GROUP BY over the same rows in the same run. Two
 * shapes ({@code CDS_BENCH_SHAPE}):
 * <ul>
 * <li>{@code old} (default): the directive's country, 63 provinces, 696 districts and 10,035 communes (95% reported,
 * 10% of those late, 7 figures each), written straight into the database (any database of the test suite) and
 * removed at the end; two sweeps, every district, then every province;</li>
 * <li>{@code today}: the two-level country the national data generator loads ({@code -Dshape=today}: 34 provinces,
 * 3,321 communes in force from 1 July 2025, a month of reports), read where it is; one sweep of every province,
 * each reading its communes straight. The month is {@code CDS_BENCH_PERIOD} (default 2025-08, the generator's);
 * every consolidation of that month in the database is removed before and after the runs.</li>
 * </ul>
 * Run (PostgreSQL as for the test suite; the H2 run of the command skips itself):
 * {@code cd deploy && CDS_TEST_PG=1 mvn -o -B verify -Dit.test=NationalMonthBenchmark}. Figures: docs/BENCHMARKS.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NationalMonthBenchmark {

    static final int PROVINCES = 63;
    static final int DISTRICTS = 696;
    static final int COMMUNES = 10_035;
    /** Today's shape: the generator's two-level country, read where it is (else the old one, seeded here). */
    static final boolean TODAY = "today".equals(System.getenv("CDS_BENCH_SHAPE"));
    static final String PERIOD = TODAY ? System.getenv().getOrDefault("CDS_BENCH_PERIOD", "2025-08") : "2000-01";
    /** The codes of the month's provinces and districts (LIKE patterns): the seeded NP.., or the official ones. */
    static final String PROVINCE_CODES = TODAY ? "__" : "NP__";
    static final String DISTRICT_CODES = "NP%D%";
    static final List<String> INDICATORS = List.of("DG_ONLINE_SERVICES_GUIDED", "DG_ONLINE_APPLICATIONS",
            "DE_ECOMMERCE_GUIDED", "DE_EPAYMENT_ACCOUNTS", "DE_PRODUCTS_ONLINE", "DS_DIGITAL_SERVICES_GUIDED",
            "PROPAGANDA_SESSIONS");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive war() {
        // CDS_BENCH_CHUNK: units per chunk of a sweep, to compare sizes (else the module's default).
        String chunk = System.getenv("CDS_BENCH_CHUNK");
        // With the empty job (EmptyJob), whose pair is the floor the month is measured against.
        return Deployments.withEmptyJob(Deployments.builtWarWith(MonthlyReportsIT.PORTAL.configuration()
                + (chunk == null ? "" : "\ncds.consolidation.sweep-chunk-size=" + chunk)));
    }

    @Test
    void aNationalMonth() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("cds.it.db")), "runs on PostgreSQL only");
        Api api = new Api(deployment);
        try (Connection db = TestDatabase.connect()) {
            List<String> provinces = new ArrayList<>();
            List<String> districts = new ArrayList<>();
            if (TODAY) {
                forgetConsolidations(db);
                long communes = today(db, provinces);
                System.out.printf("today's shape: %d provinces, %d communes in force on %s-01, %d reports%n",
                        provinces.size(), communes, PERIOD, TestDatabase.number("SELECT COUNT(*) FROM monthly_report"
                                + " WHERE period = ?", PERIOD));
            } else {
                clean(db);
                long seeding = System.nanoTime();
                seed(db, provinces, districts);
                System.out.printf("seeded %d provinces, %d districts, %d communes in %.1f s%n", provinces.size(),
                        districts.size(), COMMUNES, (System.nanoTime() - seeding) / 1e9);
            }

            List<String> groups = new ArrayList<>(List.of("PROVINCE_OFFICER"));
            provinces.forEach(p -> groups.add("unit:" + p));
            String token = MonthlyReportsIT.PORTAL.token("bench.so", groups);

            // Two sweeps, as the timers of the 20th and the 25th start them: every district, then every province;
            // once to warm the server's code paths up (reported as "first"), then three times from scratch,
            // measured: the run of the median month is reported (a single run moved by a fifth from one benchmark to
            // the next, as much as the floor's own spread).
            double[] first = consolidateMonth(api, token, db, districts.size(), provinces.size());
            List<double[]> measured = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                forgetConsolidations(db);
                measured.add(consolidateMonth(api, token, db, districts.size(), provinces.size()));
            }
            String months = measured.stream().map(r -> String.format(Locale.ROOT, "%.2f", r[0]))
                    .collect(Collectors.joining(" "));
            measured.sort(Comparator.comparingDouble(r -> r[0]));
            double[] run = measured.get(1);

            Map<String, Long> jobs = new TreeMap<>();
            try (PreparedStatement s = db.prepareStatement("SELECT t.indicator_code, SUM(t.amount) FROM"
                    + " consolidation_total t JOIN consolidation c ON c.id = t.consolidation_id WHERE c.period = ?"
                    + " AND c.unit_level = 'PROVINCE' AND c.unit_code LIKE ? AND c.status = 'COMPLETED'"
                    + " GROUP BY t.indicator_code")) {
                s.setString(1, PERIOD);
                s.setString(2, PROVINCE_CODES);
                read(s, jobs);
            }
            // The same totals in one statement, timed twice (the first also warms PostgreSQL's caches).
            Map<String, Long> sql = new TreeMap<>();
            double[] sqlSeconds = new double[2];
            for (int i = 0; i < 2; i++) {
                sql.clear();
                long t = System.nanoTime();
                // Today's: the communes in force on the month's first day (the generator's all are).
                try (PreparedStatement s = db.prepareStatement("SELECT v.indicator_code, SUM(v.amount)"
                        + " FROM monthly_report_value v JOIN monthly_report r ON r.id = v.report_id"
                        + " JOIN administrative_unit u ON u.code = r.commune_code WHERE r.period = ?"
                        + " AND r.status IN ('SUBMITTED', 'ACCEPTED') AND " + (TODAY ? "u.unit_level = 'COMMUNE'"
                        + " AND (u.valid_from IS NULL OR u.valid_from <= ?) AND (u.valid_to IS NULL OR u.valid_to >= ?)"
                        : "u.path LIKE '/NP%'") + " GROUP BY v.indicator_code")) {
                    s.setString(1, PERIOD);
                    if (TODAY) {
                        s.setDate(2, Date.valueOf(PERIOD + "-01"));
                        s.setDate(3, Date.valueOf(PERIOD + "-01"));
                    }
                    read(s, sql);
                }
                sqlSeconds[i] = (System.nanoTime() - t) / 1e9;
            }
            assertEquals(sql, jobs, "the jobs' national totals equal the SQL sums");
            // The floor of the stack: the GROUP BY plus two empty jobs, started and awaited as the sweeps are.
            double pair = emptyJobs(api, token, 2);
            double floor = sqlSeconds[1] + pair;
            System.out.printf("P1 floor: GROUP BY %.3f s + two empty Jakarta Batch jobs %.3f s (median of 5) = %.3f s;"
                    + " national month %.2f s (median of 3: %s), %.2f x the floor%n", sqlSeconds[1], pair, floor,
                    run[0], months, run[0] / floor);
            if (TODAY) {
                // Today's month is one sweep: against one empty job too.
                double one = sqlSeconds[1] + emptyJobs(api, token, 1);
                System.out.printf("P1 floor of one job: GROUP BY %.3f s + one empty job %.3f s = %.3f s; national"
                        + " month %.2f x that%n", sqlSeconds[1], one - sqlSeconds[1], one, run[0] / one);
                double alone = fixedCost(api, token, db, provinces.get(0), null);
                System.out.printf("P1 national consolidation, today's shape (%d provinces, their communes straight):"
                                + " %.2f s vs GROUP BY %.3f s, ratio %.1f; provinces in one sweep (its POST %.2f s);"
                                + " first run %.2f s; GROUP BY cold %.3f s; one province alone (%s) %.3f s"
                                + " (median of 5)%n", provinces.size(), run[0], sqlSeconds[1], run[0] / sqlSeconds[1],
                        run[2], first[0], sqlSeconds[0], provinces.get(0), alone);
                if (System.getenv("CDS_BENCH_KEEP") == null) {
                    forgetConsolidations(db);
                }
                return;
            }
            double alone = fixedCost(api, token, db, provinces.get(0), districts.get(0));
            System.out.printf("P1 national consolidation: %.2f s vs GROUP BY %.3f s, ratio %.1f; districts %.2f s"
                            + " (%d in one sweep, its POST %.2f s), provinces %.2f s; first run %.2f s;"
                            + " GROUP BY cold %.3f s; one district then its province %.3f s (median of 5)%n",
                    run[0], sqlSeconds[1], run[0] / sqlSeconds[1], run[1], districts.size(), run[2], run[3], first[0],
                    sqlSeconds[0], alone);
            if (System.getenv("CDS_BENCH_KEEP") == null) {
                clean(db); // CDS_BENCH_KEEP=1 keeps the month for a look at the plans (the next run removes it)
            }
        }
    }

    /**
     * The month's sweeps, awaited: {total, districts, the first sweep's POST, provinces} in seconds. Today's shape
     * has no district: one sweep of the provinces (districts 0, the POST the provinces' own).
     */
    private static double[] consolidateMonth(Api api, String token, Connection db, int districts, int provinces)
            throws Exception {
        long start = System.nanoTime();
        if (districts == 0) {
            sweep(api, token, "PROVINCE", provinces);
            long triggered = System.nanoTime();
            awaitCompleted(db, PROVINCE_CODES, provinces);
            long end = System.nanoTime();
            return new double[] {(end - start) / 1e9, 0, (triggered - start) / 1e9, (end - start) / 1e9};
        }
        sweep(api, token, "DISTRICT", districts);
        long triggered = System.nanoTime();
        awaitCompleted(db, DISTRICT_CODES, districts);
        long districtsDone = System.nanoTime();
        sweep(api, token, "PROVINCE", provinces);
        awaitCompleted(db, PROVINCE_CODES, provinces);
        long end = System.nanoTime();
        return new double[] {(end - start) / 1e9, (districtsDone - start) / 1e9, (triggered - start) / 1e9,
            (end - districtsDone) / 1e9};
    }

    /**
     * What the month costs whatever its size: the two sweeps of one district and then its province (its other
     * districts missing), from scratch each time, in seconds, the median of five. The same HTTP calls, Jakarta Batch
     * jobs, claims, revisions and commits as the national month, with a district's 14 or 15 communes of rows.
     * Today's shape (no district given): the one sweep of one province and its communes.
     */
    private static double fixedCost(Api api, String token, Connection db, String province, String district)
            throws Exception {
        double[] runs = new double[5];
        for (int i = 0; i < runs.length; i++) {
            forgetConsolidations(db);
            long start = System.nanoTime();
            if (district != null) {
                sweep(api, token, "DISTRICT", district, 1);
                awaitCompleted(db, district, 1, 1);
            }
            sweep(api, token, "PROVINCE", province, 1);
            awaitCompleted(db, province, 1, 1);
            runs[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    /**
     * {@code jobs} empty Jakarta Batch jobs one after the other, each started by an HTTP POST and awaited by polling
     * every 20 ms, as the month's sweeps are: seconds, the median of five after one not counted.
     */
    private static double emptyJobs(Api api, String token, int jobs) throws Exception {
        double[] runs = new double[6];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            for (int j = 0; j < jobs; j++) {
                Api.Reply started = api.send(null, HttpRequest.newBuilder(api.uri("api/v1/bench/empty-jobs"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()), null);
                assertEquals(202, started.status(), started.toString());
                long execution = started.json().getJsonNumber("executionId").longValue();
                while (true) {
                    Api.Reply status = api.send(null, HttpRequest.newBuilder(api.uri("api/v1/bench/empty-jobs/"
                            + execution)).header("Authorization", "Bearer " + token).GET(), null);
                    assertEquals(200, status.status(), status.toString());
                    if ("COMPLETED".equals(status.body())) {
                        break;
                    }
                    assertTrue(!"FAILED".equals(status.body()), "the empty job failed");
                    Thread.sleep(20);
                }
            }
            runs[i] = (System.nanoTime() - start) / 1e9;
        }
        double[] counted = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(counted);
        return counted[counted.length / 2];
    }

    private static void sweep(Api api, String token, String level, int units) {
        sweep(api, token, level, null, units);
    }

    private static void sweep(Api api, String token, String level, String under, int units) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("api/v1/consolidations/sweeps"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":\"" + level + "\",\"period\":\"" + PERIOD
                        + "\"" + (under == null ? "" : ",\"unitCode\":\"" + under + "\"") + "}",
                        StandardCharsets.UTF_8));
        Api.Reply reply = api.send(null, request, null);
        assertEquals(202, reply.status(), reply.toString());
        assertEquals(units, reply.json().getInt("units"), reply.toString());
    }

    private static void awaitCompleted(Connection db, String codes, int expected) throws Exception {
        awaitCompleted(db, codes, expected, 20);
    }

    private static void awaitCompleted(Connection db, String codes, int expected, long pollMillis) throws Exception {
        long until = System.currentTimeMillis() + 30 * 60_000;
        while (System.currentTimeMillis() < until) {
            try (PreparedStatement s = db.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN status = 'FAILED' THEN 1"
                    + " ELSE 0 END) FROM consolidation WHERE period = ? AND unit_code LIKE ? AND status <> 'RUNNING'")) {
                s.setString(1, PERIOD);
                s.setString(2, codes);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(2), "no run failed");
                    if (rs.getInt(1) >= expected) {
                        return;
                    }
                }
            }
            Thread.sleep(pollMillis);
        }
        throw new AssertionError("runs did not end in 30 minutes");
    }

    private static void read(PreparedStatement s, Map<String, Long> into) throws Exception {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }

    /**
     * Today's shape, as the generator loaded it: the provinces in force on the month's first day (into
     * {@code provinces}); returns the number of communes in force then. Fails on a database without them.
     */
    private static long today(Connection db, List<String> provinces) throws Exception {
        Date day = Date.valueOf(PERIOD + "-01");
        String inForce = " AND (valid_from IS NULL OR valid_from <= ?) AND (valid_to IS NULL OR valid_to >= ?)";
        try (PreparedStatement s = db.prepareStatement("SELECT code FROM administrative_unit WHERE unit_level ="
                + " 'PROVINCE' AND code LIKE ?" + inForce + " ORDER BY code")) {
            s.setString(1, PROVINCE_CODES);
            s.setDate(2, day);
            s.setDate(3, day);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    provinces.add(rs.getString(1));
                }
            }
        }
        long districts = TestDatabase.number("SELECT COUNT(*) FROM administrative_unit WHERE unit_level = 'DISTRICT'"
                + inForce, day, day);
        assumeTrue(!provinces.isEmpty() && districts == 0, "today's shape needs the generator's two-level country"
                + " (-Dshape=today) in the test database, with no district in force on " + day);
        return TestDatabase.number("SELECT COUNT(*) FROM administrative_unit WHERE unit_level = 'COMMUNE'" + inForce,
                day, day);
    }

    /** Provinces NP01.., districts NP01D001.., communes NC00001..; each commune reports unless n % 20 == 0. */
    private static void seed(Connection db, List<String> provinces, List<String> districts) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement unit = db.prepareStatement("INSERT INTO administrative_unit (code, version, name,"
                + " name_search, name_sort, unit_level, parent_code, path, official_code)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement report = db.prepareStatement("INSERT INTO monthly_report (id, version, commune_code,"
                     + " period, status, window_start, window_end, due_before, submitted_at, submitted_by, late, teams,"
                     + " members, incomplete_teams, village_teams, village_team_minimum, teachers, created_at)"
                     + " VALUES (?, 0, ?, ?, 'SUBMITTED', ?, ?, ?, ?, 'bench', ?, 6, 37, ?, 5, 5, 2, ?)");
             PreparedStatement value = db.prepareStatement("INSERT INTO monthly_report_value (report_id,"
                     + " indicator_code, amount) VALUES (?, ?, ?)")) {
            List<String> districtPaths = new ArrayList<>();
            for (int p = 1; p <= PROVINCES; p++) {
                String code = String.format("NP%02d", p);
                provinces.add(code);
                add(unit, code, "Tỉnh Đo " + p, "PROVINCE", null, "/" + code + "/");
            }
            for (int d = 0; d < DISTRICTS; d++) {
                String province = provinces.get(d % PROVINCES);
                String code = province + String.format("D%03d", d + 1);
                districts.add(code);
                districtPaths.add("/" + province + "/" + code + "/");
                add(unit, code, "Huyện Đo " + (d + 1), "DISTRICT", province, districtPaths.get(d));
            }
            unit.executeBatch();
            Timestamp now = Timestamp.from(Instant.now());
            for (int c = 1; c <= COMMUNES; c++) {
                int d = c % DISTRICTS;
                String code = String.format("NC%05d", c);
                add(unit, code, "Xã Đo " + c, "COMMUNE", districts.get(d), districtPaths.get(d) + code + "/");
                if (c % 20 != 0) {
                    String id = UUID.randomUUID().toString();
                    report.setString(1, id);
                    report.setString(2, code);
                    report.setString(3, PERIOD);
                    report.setDate(4, Date.valueOf(LocalDate.of(1999, 12, 15)));
                    report.setDate(5, Date.valueOf(LocalDate.of(2000, 1, 14)));
                    report.setDate(6, Date.valueOf(LocalDate.of(2000, 1, 20)));
                    report.setTimestamp(7, now);
                    report.setBoolean(8, c % 10 == 3);
                    report.setInt(9, c % 7 == 0 ? 1 : 0);
                    report.setTimestamp(10, now);
                    report.addBatch();
                    for (int i = 0; i < INDICATORS.size(); i++) {
                        value.setString(1, id);
                        value.setString(2, INDICATORS.get(i));
                        value.setLong(3, (c * 31L + i * 17L) % 500);
                        value.addBatch();
                    }
                }
                if (c % 1000 == 0) {
                    unit.executeBatch();
                    report.executeBatch();
                    value.executeBatch();
                }
            }
            unit.executeBatch();
            report.executeBatch();
            value.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        // A month's rows are days old when the sweeps run: PostgreSQL has their statistics by then (autovacuum).
        // Without them the first GROUP BY alone once took minutes (a nested loop over unestimated tables).
        try (Statement s = db.createStatement()) {
            s.execute("ANALYZE administrative_unit, monthly_report, monthly_report_value, consolidation,"
                    + " consolidation_claim");
        }
    }

    private static void add(PreparedStatement unit, String code, String name, String level, String parent,
                            String path) throws Exception {
        unit.setString(1, code);
        unit.setString(2, name);
        unit.setString(3, name.toLowerCase());
        unit.setString(4, name);
        unit.setString(5, level);
        unit.setString(6, parent);
        unit.setString(7, path);
        unit.setString(8, code);
        unit.addBatch();
    }

    /** Removes what a run of this benchmark left (also an interrupted one). */
    private static void clean(Connection db) throws Exception {
        forgetConsolidations(db);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM monthly_report WHERE commune_code LIKE 'NC%'");
            s.executeUpdate("DELETE FROM administrative_unit WHERE code LIKE 'NC%'");
            s.executeUpdate("DELETE FROM administrative_unit WHERE code LIKE 'NP%D%'");
            s.executeUpdate("DELETE FROM administrative_unit WHERE code LIKE 'NP%'");
        }
    }

    /**
     * The month's claims and revisions, so that the next sweeps start from scratch: the seeded units' (old shape),
     * or every province's of the month (today's).
     */
    private static void forgetConsolidations(Connection db) throws Exception {
        String which = TODAY ? "unit_code LIKE '" + PROVINCE_CODES + "' AND period = '" + PERIOD + "'"
                : "unit_code LIKE 'NP%'";
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM consolidation_claim WHERE " + which);
            s.executeUpdate("DELETE FROM consolidation_line_value WHERE consolidation_id IN (SELECT id FROM"
                    + " consolidation WHERE " + which + ")");
            s.executeUpdate("DELETE FROM consolidation WHERE " + which);
        }
    }
}
