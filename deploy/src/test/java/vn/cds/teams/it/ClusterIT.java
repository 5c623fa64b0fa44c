package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two Payara Micro instances in one Payara (Hazelcast) cluster on one PostgreSQL database, each hit directly
 * (scale-out): writes through either are seen by both; both instances' timers fire and each (job, unit, period)
 * runs once; an instance killed in the middle of a consolidation leaves it to the other, which resumes it after
 * the last committed chunk, with the right totals. Runs in the PostgreSQL pass only (an in-memory H2 database is
 * not shared between processes). Not Arquillian: it starts and kills the server processes itself, both on the
 * class's own database ({@link ItDatabase}), with the tests' clock in November 2026 (the timers' month).
 */
@ExtendWith(ItDatabase.class)
@ClockAt(ClusterIT.TIMERS_MONTH + "-10T09:00")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String CLUSTER = "cds-cluster-it";
    /** The month the tests' clock is in when the instances start: the timers' month. */
    static final String TIMERS_MONTH = "2026-11";
    /** A month without sample reports for the killed run. */
    static final String KILLED_MONTH = "2019-05";
    static final String DISTRICT = "128";
    static final String OFFICER = "tanxuan.canbo";
    static final List<String> REPORTING = List.of("vanho:04048", "quangminh:04042", "lienhoa:04009",
            "suoibang:03994", "songkhua:04006", "tomua:04018");

    static Instance first;
    static Instance second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        // The suite runs it in the PostgreSQL pass only; named alone (-Dit.test=ClusterIT), the H2 pass skips it.
        assumeTrue(ItDatabase.postgresql(), "two processes need one database: PostgreSQL");
        Path work = Files.createDirectories(Path.of("target", "cluster-it"));
        Path war = work.resolve("cds.war");
        // Sample data; timers every 10 seconds; a watchdog every 3 s that takes over claims silent for 8 s; one
        // source a chunk with a pause after each, so that a run lasts long enough to kill its instance.
        Deployments.withTestHooks(Deployments.sampleDataWarWith("cds.consolidation.district-day=*"
                        + "\ncds.consolidation.province-day=*"
                        + "\ncds.consolidation.hour=*\ncds.consolidation.minute=*\ncds.consolidation.second=*/10"
                        + "\ncds.consolidation.watchdog-seconds=3\ncds.consolidation.claim-stale-seconds=8"
                        + "\ncds.consolidation.chunk-size=1\ncds.consolidation.pause-after-chunk-ms=1200"))
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        int[] grid = {freePort(), freePort()};
        String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        // One after the other: the first migrates the schema and loads the sample data, the second finds them.
        first = Instance.start("first", war, work, grid[0], members);
        first.awaitUp();
        second = Instance.start("second", war, work, grid[1], members);
        second.awaitUp();
    }

    @AfterAll
    static void stopInstances() {
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.process.destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void theTwoInstancesFormOnePayaraCluster() throws Exception {
        assertTrue(eventually(() -> first.log().contains("Data Grid Status") && dataGridSize(second.log()) == 2,
                90), "the second instance joined the first's data grid:\n" + tail(second.log()));
    }

    @Test
    @Order(2)
    void aWriteThroughEitherInstanceIsSeenByTheOther() {
        String village = "04058-C1";
        Api.Reply unit = first.api.post("admin", "api/v1/units", "{\"code\":\"" + village
                + "\",\"name\":\"Bản Cụm Máy\",\"level\":\"VILLAGE\",\"parentCode\":\"04058\"}");
        assertEquals(201, unit.status(), unit.toString());
        Api.Reply drafted = second.api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + village + "\"}");
        assertEquals(201, drafted.status(), "the unit written through the first instance: " + drafted);
        String id = drafted.json().getString("id");

        Api.Reply seen = first.api.get(OFFICER, "api/v1/teams/" + id);
        assertEquals(200, seen.status(), seen.toString());
        assertEquals("Bản Cụm Máy", seen.json().getString("name"));
        Api.Reply renamed = first.api.put(OFFICER, "api/v1/teams/" + id, "{\"name\":\"Tổ CĐS bản Cụm Máy\"}",
                seen.etag());
        assertEquals(200, renamed.status(), renamed.toString());
        Api.Reply again = second.api.get(OFFICER, "api/v1/teams/" + id);
        assertEquals("Tổ CĐS bản Cụm Máy", again.json().getString("name"), "no stale cache on the other instance");
        Api.Reply stale = second.api.put(OFFICER, "api/v1/teams/" + id, "{\"name\":\"Ghi đè\"}", seen.etag());
        assertEquals(412, stale.status(), "an edit based on the old version is refused on either instance: " + stale);
        assertEquals("Tổ CĐS bản Cụm Máy", first.api.get(OFFICER, "api/v1/teams/" + id).json()
                .getString("name"));
    }

    /**
     * The document register across instances: 200 issues of one commune's list sent at once, alternately to either
     * instance, are numbered 1..200 (the counter row of unit, year and kind is locked in the database while a number
     * is taken), no gap and no repeat.
     */
    @Test
    @Order(2)
    void twoHundredDocumentsIssuedThroughBothInstancesAreNumberedWithoutGapOrRepeat() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<Integer> numbers = new ArrayList<>();
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Api api = i % 2 == 0 ? first.api : second.api;
                replies.add(pool.submit(() -> api.post("lienhoa.canbo", "api/v1/documents",
                        "{\"unitCode\":\"04009\",\"kind\":\"DS\"}")));
            }
            for (java.util.concurrent.Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get(5, java.util.concurrent.TimeUnit.MINUTES);
                assertEquals(201, r.status(), r.toString());
                numbers.add(r.json().getInt("number"));
            }
        } finally {
            pool.shutdown();
        }
        numbers.sort(null);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList(), numbers);
    }

    @Test
    @Order(3)
    void bothInstancesTimersFireAndEachScheduledRunHappensOnce() throws Exception {
        String month = TIMERS_MONTH;
        assertTrue(eventually(() -> firings(first.log()) >= 2 && firings(second.log()) >= 2, 90),
                "both instances' timers fired twice:\n" + tail(first.log()) + "\n" + tail(second.log()));
        assertTrue(eventually(() -> completedRuns(DISTRICT, month) == 1 && completedRuns("14", month) == 1, 120),
                "the scheduled runs completed");
        try (Connection c = TestDatabase.connect();
             PreparedStatement runs = c.prepareStatement("SELECT unit_code, COUNT(*) FROM consolidation"
                     + " WHERE period = ? AND started_by = 'timer' GROUP BY unit_code")) {
            runs.setString(1, month);
            try (ResultSet rs = runs.executeQuery()) {
                int units = 0;
                while (rs.next()) {
                    units++;
                    assertEquals(1, rs.getInt(2), "one scheduled run of " + rs.getString(1) + " for " + month);
                }
                assertEquals(2, units, "the district's and the province's scheduled runs");
            }
        }
        // Each level's one sweep is in the province's audit trail, recorded by the timer, whichever instance ran it.
        List<JsonObject> trail = second.api.get("sonla.so", "api/v1/audit?entity=consolidation&id=14/" + month)
                .array().getValuesAs(JsonObject.class).stream().filter(a -> a.getString("action").equals("sweep"))
                .toList();
        assertEquals(List.of("timer", "timer"), trail.stream().map(a -> a.getString("principal")).toList(),
                "the district sweep and the province sweep, once each: " + trail);
    }

    @Test
    @Order(4)
    void aRunWhoseInstanceIsKilledIsResumedByTheOtherWithTheRightTotals() throws Exception {
        Map<String, Long> submitted = new TreeMap<>();
        long seed = 5;
        for (String entry : REPORTING) {
            String[] slugAndCode = entry.split(":");
            Instance through = seed % 2 == 0 ? first : second;
            long amount = seed * 7;
            Api.Reply put = through.api.put(slugAndCode[0] + ".canbo", "api/v1/monthly-reports/" + slugAndCode[1]
                    + "/" + KILLED_MONTH, "{\"values\":{\"DG_ONLINE_SERVICES_GUIDED\":" + amount + "}}", null);
            assertEquals(200, put.status(), put.toString());
            assertEquals(200, through.api.post(slugAndCode[0] + ".canbo", "api/v1/monthly-reports/" + slugAndCode[1]
                    + "/" + KILLED_MONTH + "/submit", "").status());
            submitted.merge("DG_ONLINE_SERVICES_GUIDED", amount, Long::sum);
            seed++;
        }
        Api.Reply started = first.api.post("vanho.phong", "api/v1/consolidations", "{\"level\":\"DISTRICT\","
                + "\"unitCode\":\"" + DISTRICT + "\",\"period\":\"" + KILLED_MONTH + "\"}");
        assertEquals(202, started.status(), started.toString());
        long execution = started.json().getJsonNumber("executionId").longValue();
        // The first instance runs it; the second reads its progress from the shared job repository.
        assertTrue(eventually(() -> progress(second, execution).getInt("done") >= 3, 60), "three sources done");
        // A sweep of the provinces, started on the first instance just before it dies (its one chunk waits first).
        Api.Reply sweep = first.api.post("sonla.so", "api/v1/consolidations/sweeps", "{\"level\":\"PROVINCE\","
                + "\"period\":\"" + KILLED_MONTH + "\"}");
        assertEquals(202, sweep.status(), sweep.toString());
        first.process.destroyForcibly().waitFor();
        int doneWhenKilled = progress(second, execution).getInt("done");
        int total = progress(second, execution).getInt("total");
        assertTrue(doneWhenKilled < total, "killed in the middle: " + doneWhenKilled + " of " + total);

        assertTrue(eventually(() -> second.api.get("vanho.phong", "api/v1/consolidations?unit=" + DISTRICT
                + "&period=" + KILLED_MONTH).status() == 200, 120), "the second instance completed the run:\n"
                + tail(second.log()));
        JsonObject view = second.api.get("vanho.phong", "api/v1/consolidations?unit=" + DISTRICT + "&period="
                + KILLED_MONTH).json();
        assertEquals(1, view.getInt("revision"), "the same revision, resumed, not a new one");
        Map<String, Long> totals = new TreeMap<>();
        view.getJsonObject("totals").forEach((k, v) -> totals.put(k, ((JsonNumber) v).longValue()));
        assertEquals(submitted, totals);
        assertEquals(sqlSum(KILLED_MONTH), totals.get("DG_ONLINE_SERVICES_GUIDED"), "against an independent SQL sum");
        assertEquals(REPORTING.size(), view.getInt("received"), "no commune counted twice");
        assertEquals(total, view.getInt("expected"));
        assertNotEquals(execution, view.getJsonNumber("executionId").longValue(), "a new execution finished it");
        // The dead instance's execution stays "started" in the job repository; the API says what became of it.
        JsonObject left = progress(second, execution);
        assertEquals("ABANDONED", left.getString("status"), left.toString());
        assertEquals(view.getJsonNumber("executionId").longValue(), left.getJsonNumber("resumedAs").longValue());
        assertEquals(total, left.getInt("done"), "the run's sources, all done by the execution that went on");

        List<JsonObject> audit = second.api.get("vanho.phong", "api/v1/audit?entity=consolidation&id=" + DISTRICT
                + "/" + KILLED_MONTH).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("start", "resume"), audit.stream().map(a -> a.getString("action")).toList());
        JsonObject resumed = jakarta.json.Json.createReader(new java.io.StringReader(audit.get(1).getString("after")))
                .readObject();
        int skipped = resumed.getInt("sourcesAlreadyDone");
        assertTrue(skipped >= doneWhenKilled && skipped < total,
                "resumed after the last committed chunk, not from the start: " + resumed);
        assertTrue(audit.get(1).getString("principal").startsWith("watchdog@"));

        assertTrue(eventually(() -> second.api.get("sonla.so", "api/v1/consolidations?unit=14&period=" + KILLED_MONTH)
                .status() == 200, 60), "the second instance resumed the sweep too:\n" + tail(second.log()));
        assertEquals(1, second.api.get("sonla.so", "api/v1/consolidations?unit=14&period=" + KILLED_MONTH).json()
                .getInt("revision"), "the sweep's own revision, resumed");
        JsonObject sweepLeft = second.api.get("sonla.so", "api/v1/consolidations/"
                + sweep.json().getJsonNumber("executionId").longValue()).json();
        assertEquals("ABANDONED", sweepLeft.getString("status"), sweepLeft.toString());
        assertTrue(sweepLeft.getJsonNumber("resumedAs").longValue() > sweep.json().getJsonNumber("executionId")
                .longValue(), "a later execution went on with the sweep");
        List<JsonObject> sweepTrail = second.api.get("sonla.so", "api/v1/audit?entity=consolidation&id=14/"
                + KILLED_MONTH).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("sweep", "resume"), sweepTrail.stream().map(a -> a.getString("action")).toList(),
                "in the trail of the province officer's province");
        assertTrue(sweepTrail.get(1).getString("principal").startsWith("watchdog@"));
    }

    // helpers ------------------------------------------------------------------------------------------------

    private static JsonObject progress(Instance instance, long execution) {
        Api.Reply reply = instance.api.get("vanho.phong", "api/v1/consolidations/" + execution);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long sqlSum(String period) {
        return TestDatabase.number("SELECT COALESCE(SUM(v.amount), 0) FROM monthly_report r JOIN monthly_report_value v"
                + " ON v.report_id = r.id JOIN administrative_unit u ON u.code = r.commune_code WHERE r.period = ?"
                + " AND u.parent_code = ? AND r.status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND v.indicator_code = 'DG_ONLINE_SERVICES_GUIDED'", period, DISTRICT);
    }

    private static long completedRuns(String unit, String period) {
        return TestDatabase.number("SELECT COUNT(*) FROM consolidation WHERE unit_code = ? AND period = ?"
                + " AND status = 'COMPLETED'", unit, period);
    }

    /** Timer firings an instance logged ("Scheduled DISTRICT consolidations for ...: n started here"). */
    private static int firings(String log) {
        return count(log, "Scheduled DISTRICT consolidations for");
    }

    /** The size in the last "Data Grid Status" block a Payara Micro logged (it lists the members). */
    private static int dataGridSize(String log) {
        Matcher m = Pattern.compile("DG Size: (\\d+)").matcher(log);
        int size = 0;
        while (m.find()) {
            size = Integer.parseInt(m.group(1));
        }
        return size;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /** Whether the condition holds within the time, checked every half second. */
    private static boolean eventually(Supplier<Boolean> condition, int seconds) {
        try {
            await().atMost(Duration.ofSeconds(seconds)).pollInterval(Duration.ofMillis(500)).until(condition::get);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One Payara Micro process with the module, its log in target/cluster-it. */
    record Instance(String name, Process process, Path logFile, Api api) {

        static Instance start(String name, Path war, Path work, int gridPort, String members) throws IOException {
            int http = freePort();
            Path log = work.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-jar", System.getProperty("payara.microJar"), "--port",
                    Integer.toString(http), "--name", name, "--clustername", CLUSTER, "--clustermode", members,
                    "--startport", Integer.toString(gridPort), "--nohostaware",
                    "--prebootcommandfile", "src/main/payara/preboot.asadmin",
                    "--postbootcommandfile", ItDatabase.serverCommandsFile().toString(),
                    "--addLibs", "target/server/postgresql.jar", "--deploy", war.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            return new Instance(name, process, log,
                    new Api(URI.create("http://localhost:" + http + "/cds/").toURL()));
        }

        void awaitUp() {
            try {
                await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " stopped:\n" + tail(log()));
                    }
                    try {
                        return api.get(null, "api/v1/ping").status() == 200;
                    } catch (IllegalStateException e) {
                        return false; // not listening yet
                    }
                });
            } catch (ConditionTimeoutException e) {
                throw new IllegalStateException(name + " did not start:\n" + tail(log()), e);
            }
        }

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
