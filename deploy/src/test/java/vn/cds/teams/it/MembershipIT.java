package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Joining and leaving established teams (R7, R8) on Payara Micro: the whole life of requests, every illegal step,
 * overflow to the collaborator group (R4), a leader's vacancy, roles and jurisdiction, and simultaneous decisions.
 * The tests work in Xuân Nha (04057), a sample commune without teams, each on a team of its own, except those
 * that need a sample user's team (village 04057-01, the commune team): they leave it as they found it, so that
 * the class runs again on the same PostgreSQL database.
 */
class MembershipIT extends SampleDataIT {

    static final String COMMUNE = "04057";
    static final String OFFICER = "xuannha.canbo";
    static final String CHAIR = "xuannha.chutich";
    static final String RESIDENT = "xuannha.dan";

    @Test
    void aResidentJoinsEndorsedByTheLeaderApprovedByTheChairmanAndLeavesAgain() {
        String team = teamOf(COMMUNE + "-01");
        int size = memberCount(team);
        var filed = api.post(RESIDENT, "api/v1/membership-requests", join(team, "Vì Thị Mới", newPhone()));
        assertEquals(201, filed.status(), filed.body());
        JsonObject request = filed.json();
        assertEquals("SUBMITTED", request.getString("state"));
        assertEquals(RESIDENT, request.getString("filedBy"));
        String id = request.getString("id");

        var endorsed = api.post("xuannha.ban1.totruong", "api/v1/membership-requests/" + id + "/endorse", "{}");
        assertEquals(200, endorsed.status(), endorsed.body());
        assertEquals("ENDORSED", endorsed.json().getString("state"));
        assertFalse(endorsed.json().getBoolean("endorsedOnBehalfOfLeader"));

        var approved = api.post(CHAIR, "api/v1/membership-requests/" + id + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        JsonObject done = approved.json();
        assertEquals("APPROVED", done.getString("state"));
        assertEquals("MEMBER", done.getString("outcome"));
        List<String> history = done.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("state") + " by " + h.getString("by")).toList();
        assertEquals(List.of("SUBMITTED by " + RESIDENT, "ENDORSED by xuannha.ban1.totruong", "APPROVED by " + CHAIR),
                history);
        assertEquals(size + 1, memberCount(team));
        assertTrue(api.get(OFFICER, "api/v1/teams/" + team + "/members").body().contains("Vì Thị Mới"));

        JsonObject mine = api.get(RESIDENT, "api/v1/membership-requests").json();
        assertTrue(mine.getInt("total") >= 1);
        mine.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(r -> assertEquals(RESIDENT, r.getString("filedBy")));
        JsonObject endorsedList = api.get("xuannha.ban1.totruong",
                "api/v1/membership-requests?unit=" + COMMUNE + "-01&state=APPROVED").json();
        assertTrue(endorsedList.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("id").equals(id)), "the leader lists their team's requests by state");

        // R8: the member asks to leave, the leader proposes it, the chairman approves; the team is as it was.
        String member = done.getString("memberId");
        var leave = api.post("xuannha.ban1.totruong", "api/v1/membership-requests", "{\"teamId\":\"" + team
                + "\",\"type\":\"LEAVE\",\"memberId\":\"" + member + "\",\"reason\":\"Đi học xa\"}");
        assertEquals(201, leave.status(), leave.body());
        String leaveId = leave.json().getString("id");
        assertEquals("Vì Thị Mới", leave.json().getString("fullName"));
        assertEquals(200, api.post("xuannha.ban1.totruong", "api/v1/membership-requests/" + leaveId + "/endorse",
                "{}").status());
        var left = api.post(CHAIR, "api/v1/membership-requests/" + leaveId + "/approve", "{}");
        assertEquals(200, left.status(), left.body());
        assertEquals("APPROVED", left.json().getString("state"));
        assertEquals(size, memberCount(team));
        JsonObject gone = api.get(OFFICER, "api/v1/teams/" + team + "/members").array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("id").equals(member)).findFirst()
                .orElseThrow();
        assertFalse(gone.getBoolean("active"));
        assertTrue(gone.containsKey("leftOn"), "R8: the record stays with its left date");
    }

    @Test
    void everyIllegalStepIsA409NamingTheState() {
        String team = establishedTeam(freshVillage(), 5);
        String phone = newPhone();
        String id = api.post(OFFICER, "api/v1/membership-requests", join(team, "Lò Văn Thử", phone))
                .json().getString("id");
        String base = "api/v1/membership-requests/" + id;
        var early = api.post(CHAIR, base + "/approve", "{}");
        assertEquals(409, early.status());
        assertEquals("R7", early.json().getString("rule"));
        assertTrue(early.json().getString("detail").contains("SUBMITTED"), early.body());
        assertEquals(422, api.post(OFFICER, base + "/reject", "{}").status(), "a rejection needs a reason");
        var chairFirst = api.post(CHAIR, base + "/reject", "{\"reason\":\"Không\"}");
        assertEquals(409, chairFirst.status(), "the chairman decides after the leader, not instead of them");
        assertTrue(chairFirst.json().getString("detail").contains("SUBMITTED"), chairFirst.body());
        var english = api.post(CHAIR, base + "/approve", "{}", "en");
        assertTrue(english.json().getString("detail").startsWith("Cannot approve a request that is SUBMITTED"),
                english.body());

        var endorsed = api.post(OFFICER, base + "/endorse", "{}");
        assertTrue(endorsed.json().getBoolean("endorsedOnBehalfOfLeader"), "the officer acted for the leader");
        assertEquals(409, api.post(OFFICER, base + "/endorse", "{}").status(), "endorsed once");
        assertEquals(409, api.post(OFFICER, base + "/reject", "{\"reason\":\"Không đủ\"}").status(),
                "once endorsed, only the chairman decides");
        var rejected = api.post(CHAIR, base + "/reject", "{\"reason\":\"Chưa đủ điều kiện\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals(409, api.post(CHAIR, base + "/approve", "{}").status());
        var withdrawn = api.post(OFFICER, base + "/withdraw", "{}");
        assertEquals(409, withdrawn.status());
        assertTrue(withdrawn.json().getString("detail").contains("REJECTED"), withdrawn.body());
        List<String> history = api.get(OFFICER, base).json().getJsonArray("history").getValuesAs(JsonObject.class)
                .stream().map(h -> h.getString("state") + ":" + h.getString("reason", "")).toList();
        assertEquals(List.of("SUBMITTED:Muốn giúp bà con", "ENDORSED:", "REJECTED:Chưa đủ điều kiện"), history,
                "refused steps leave no trace");

        var duplicate = api.post(OFFICER, "api/v1/membership-requests", join(team, "Người Trùng", phone));
        assertEquals(201, duplicate.status(), "the rejected applicant may apply again");
        var member = api.get(OFFICER, "api/v1/teams/" + team + "/members").array().getJsonObject(0);
        var already = api.post(OFFICER, "api/v1/membership-requests",
                join(team, "Người Trùng", member.getString("phone")));
        assertEquals(422, already.status(), "an active member cannot join the same team twice");
    }

    @Test
    void aFullTeamTakesNewcomersAsCollaborators() {
        String team = establishedTeam(freshVillage(), 10);
        String id = fileAndEndorse(team, "Quàng Văn Mười Một", newPhone());
        JsonObject approved = api.post(CHAIR, "api/v1/membership-requests/" + id + "/approve", "{}", "en").json();
        assertEquals("COLLABORATOR", approved.getString("outcome"));
        assertTrue(approved.getString("outcomeNote").startsWith("R4: the team had its maximum"), approved.toString());
        assertTrue(api.get(OFFICER, "api/v1/membership-requests/" + id).json().getString("outcomeNote")
                .contains("nhóm cộng tác viên"), "in Vietnamese by default");
        JsonObject after = api.get(OFFICER, "api/v1/teams/" + team).json();
        assertEquals(10, after.getInt("memberCount"));
        assertEquals(1, after.getInt("collaboratorCount"));
    }

    @Test
    void aLeaderWhoLeavesLeavesTheRoleVacantAndTheTeamIncomplete() {
        String team = establishedTeam(freshVillage(), 5);
        JsonObject leader = api.get(OFFICER, "api/v1/teams/" + team + "/members").array().getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("role").equals("LEADER")).findFirst().orElseThrow();
        var filed = api.post(OFFICER, "api/v1/membership-requests", "{\"teamId\":\"" + team
                + "\",\"type\":\"LEAVE\",\"memberId\":\"" + leader.getString("id") + "\",\"reason\":\"Chuyển công tác\"}");
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        var early = api.post(CHAIR, "api/v1/membership-requests/" + id + "/approve", "{}");
        assertEquals(409, early.status());
        assertEquals("R8", early.json().getString("rule"), "leaving: proposed by the leader first");
        assertEquals(200, api.post(OFFICER, "api/v1/membership-requests/" + id + "/endorse", "{}").status());
        assertEquals(200, api.post(CHAIR, "api/v1/membership-requests/" + id + "/approve", "{}").status());
        JsonObject after = api.get(OFFICER, "api/v1/teams/" + team).json();
        assertTrue(after.getBoolean("leaderVacant"));
        assertFalse(after.containsKey("leaderName"), "no leader any more");
        assertTrue(after.getBoolean("incomplete"), "R4: 4 members are under 5");
        JsonObject summary = api.get(OFFICER, "api/v1/teams?unit=" + after.getString("unitCode")).json()
                .getJsonArray("items").getJsonObject(0);
        assertTrue(summary.getBoolean("incomplete"));
        assertTrue(summary.getBoolean("leaderVacant"), "the vacancy shows in lists too");
        assertFalse(summary.getBoolean("deputyVacant"), "the deputy stays");
        assertEquals(403, api.post("xuannha.dan", "api/v1/membership-requests", "{\"teamId\":\"" + team
                + "\",\"type\":\"LEAVE\",\"memberId\":\"x\"}").status(), "residents file requests to join only");
    }

    @Test
    void anotherCommunesChairmanFindsNothingAndOtherRolesMayNotDecide() {
        String team = establishedTeam(freshVillage(), 5);
        String id = fileAndEndorse(team, "Sồng A Dơ", newPhone());
        assertEquals(404, api.post("vanho.chutich", "api/v1/membership-requests/" + id + "/approve", "{}").status());
        assertEquals(404, api.get("vanho.canbo", "api/v1/membership-requests/" + id).status());
        assertEquals(403, api.post("vanho.phong", "api/v1/membership-requests/" + id + "/approve", "{}").status());
        assertEquals(403, api.post(OFFICER, "api/v1/membership-requests/" + id + "/approve", "{}").status());
        assertEquals(404, api.get("vanho.dan", "api/v1/membership-requests/" + id).status(),
                "a resident sees only their own requests");
        assertEquals(200, api.get("vanho.phong", "api/v1/membership-requests/" + id).status(), "the district reads");
        assertEquals(200, api.post(CHAIR, "api/v1/membership-requests/" + id + "/approve", "{}").status());
    }

    @Test
    void simultaneousDecisionsLetExactlyOneWin() throws Exception {
        String team = establishedTeam(freshVillage(), 5);
        String first = fileAndEndorse(team, "Hà Văn Một", newPhone());
        assertEquals(List.of(200, 409), race(
                () -> api.post(CHAIR, "api/v1/membership-requests/" + first + "/approve", "{}").status(),
                () -> api.post(CHAIR, "api/v1/membership-requests/" + first + "/approve", "{}").status()));
        assertEquals(6, api.get(OFFICER, "api/v1/teams/" + team).json().getInt("memberCount"), "admitted once");

        String second = fileAndEndorse(team, "Hà Văn Hai", newPhone());
        List<Integer> outcome = race(
                () -> api.post(CHAIR, "api/v1/membership-requests/" + second + "/approve", "{}").status(),
                () -> api.post(OFFICER, "api/v1/membership-requests/" + second + "/withdraw", "{}").status());
        assertEquals(List.of(200, 409), outcome);
        String state = api.get(OFFICER, "api/v1/membership-requests/" + second).json().getString("state");
        assertTrue(state.equals("APPROVED") || state.equals("WITHDRAWN"), state);
    }

    @Test
    void simultaneousApprovalsForOneTeamAreCountedOneAfterTheOther() throws Exception {
        String team = establishedTeam(freshVillage(), 9);
        String tenth = fileAndEndorse(team, "Lường Văn Mười", newPhone());
        String eleventh = fileAndEndorse(team, "Lường Thị Mười Một", newPhone());
        assertEquals(List.of(200, 200), race(
                () -> api.post(CHAIR, "api/v1/membership-requests/" + tenth + "/approve", "{}").status(),
                () -> api.post(CHAIR, "api/v1/membership-requests/" + eleventh + "/approve", "{}").status()));
        List<String> outcomes = new ArrayList<>(List.of(
                api.get(OFFICER, "api/v1/membership-requests/" + tenth).json().getString("outcome"),
                api.get(OFFICER, "api/v1/membership-requests/" + eleventh).json().getString("outcome")));
        outcomes.sort(String::compareTo);
        assertEquals(List.of("COLLABORATOR", "MEMBER"), outcomes, "R4: the tenth is a member, the eleventh not");
        JsonObject after = api.get(OFFICER, "api/v1/teams/" + team).json();
        assertEquals(10, after.getInt("memberCount"));
        assertEquals(1, after.getInt("collaboratorCount"));
    }

    @Test
    void aPersonIsInTheCommuneTeamAndOneVillageTeamAtMost() {
        String villageA = establishedTeam(freshVillage(), 5);
        String phone = api.get(OFFICER, "api/v1/teams/" + villageA + "/members").array()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("role").equals("MEMBER"))
                .findFirst().orElseThrow().getString("phone");
        String villageB = establishedTeam(freshVillage(), 5);
        var second = api.post(RESIDENT, "api/v1/membership-requests", join(villageB, "Người Hai Bản", phone));
        assertEquals(422, second.status(), second.body());
        assertTrue(second.body().contains("applicant.phone"), second.body());

        var toCommune = api.post(OFFICER, "api/v1/membership-requests",
                join(teamOf(COMMUNE), "Người Hai Bản", phone));
        assertEquals(201, toCommune.status(), "a village member may join the commune team: " + toCommune.body());
        String id = toCommune.json().getString("id");
        assertEquals(404, api.post(RESIDENT, "api/v1/membership-requests/" + id + "/withdraw", "{}").status(),
                "a resident withdraws only their own requests");
        var withdrawn = api.post(OFFICER, "api/v1/membership-requests/" + id + "/withdraw", "{}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** This run's villages and phones, numbered in order (the class's database is its own and new). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A mobile number of its own in this run. */
    private static String newPhone() {
        return "0971" + String.format("%06d", SEQUENCE.incrementAndGet());
    }

    private int memberCount(String team) {
        return api.get(OFFICER, "api/v1/teams/" + team).json().getInt("memberCount");
    }

    /** The team of a unit, established with {@code 5} members unless a test of this class did so already. */
    private String teamOf(String unit) {
        return api.get(OFFICER, "api/v1/teams?unit=" + unit + "&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("unitCode").equals(unit))
                .map(t -> t.getString("id")).findFirst().orElseGet(() -> establishedTeam(unit, 5));
    }


    /** Runs two calls at the same moment; their statuses, sorted. */
    private static List<Integer> race(Callable<Integer> a, Callable<Integer> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (var future : pool.invokeAll(List.of(a, b))) {
                statuses.add(future.get());
            }
            statuses.sort(Integer::compare);
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private String fileAndEndorse(String team, String name, String phone) {
        var filed = api.post(OFFICER, "api/v1/membership-requests", join(team, name, phone));
        assertEquals(201, filed.status(), filed.body());
        String id = filed.json().getString("id");
        assertEquals(200, api.post(OFFICER, "api/v1/membership-requests/" + id + "/endorse", "{}").status());
        return id;
    }

    private static String join(String team, String name, String phone) {
        return "{\"teamId\":\"" + team + "\",\"type\":\"JOIN\",\"reason\":\"Muốn giúp bà con\",\"applicant\":"
                + "{\"fullName\":\"" + name + "\",\"phone\":\"" + phone + "\",\"position\":\"Giáo viên\","
                + "\"profession\":\"TEACHER\"}}";
    }

    private String freshVillage() {
        String code = COMMUNE + "-M" + SEQUENCE.incrementAndGet();
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Bản thử " + code
                + "\",\"level\":\"VILLAGE\",\"parentCode\":\"" + COMMUNE + "\"}").status());
        return code;
    }

    /** A team established by the chairman with a leader, a deputy and members, {@code size} in all. */
    private String establishedTeam(String unit, int size) {
        var created = api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + unit + "\"}");
        assertEquals(201, created.status(), created.body());
        String team = created.json().getString("id");
        for (int i = 0; i < size; i++) {
            String role = i == 0 ? "LEADER" : i == 1 ? "DEPUTY" : "MEMBER";
            String phone = "0962" + String.format("%06d", SEQUENCE.incrementAndGet());
            assertEquals(201, api.post(OFFICER, "api/v1/teams/" + team + "/members", "{\"fullName\":\"Thành Viên " + i
                    + "\",\"phone\":\"" + phone + "\",\"role\":\"" + role + "\",\"profession\":\"OTHER\"}").status());
        }
        assertEquals(200, api.postOnVersion(CHAIR, "api/v1/teams/" + team + "/establishment",
                "{\"decisionNumber\":\"5/QĐ-UBND\",\"decisionDate\":\"2022-06-17\",\"signer\":\"Chủ tịch\"}",
                api.get(CHAIR, "api/v1/teams/" + team).etag()).status());
        return team;
    }
}
