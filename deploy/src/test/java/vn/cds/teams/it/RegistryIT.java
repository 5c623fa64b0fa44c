package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The registry end to end on Payara Micro with the sample data (Sơn La, Vân Hồ district): rules R1-R6 as 422
 * problems naming the rule, optimistic locking (412, 428), login (401), roles (403), jurisdiction (404), NFD
 * names and phone forms. Each test makes its own villages and teams, so the order of tests does not matter.
 */
class RegistryIT extends SampleDataIT {

    /** Chiềng Yên: a sample commune without teams, where these tests draft theirs. */
    static final String COMMUNE = "04054";
    static final String OFFICER = "chiengyen.canbo";
    static final String CHAIR = "chiengyen.chutich";

    // --- units and R2 -------------------------------------------------------------------------------------------

    @Test
    void communesCarryTheirVillageTeamsAgainstTheMinimum() {
        JsonObject quangMinh = api.get("quangminh.canbo", "api/v1/units/04042").json();
        assertEquals("COMMUNE", quangMinh.getString("level"));
        assertEquals("128", quangMinh.getString("parentCode"));
        assertEquals(3, quangMinh.getInt("villageTeamMinimum"), "R2: Quang Minh needs only 3 villages");
        assertEquals(3, quangMinh.getInt("villageTeams"));

        JsonArray communes = api.get("vanho.phong", "api/v1/units?parent=128").array();
        List<String> names = communes.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
        assertEquals(14, names.size(), "the sample's 14 communes of Vân Hồ: " + names);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("vi")));
        assertEquals(sorted, names, "communes in Vietnamese order");
        JsonObject vanHo = communes.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("04048")).findFirst().orElseThrow();
        assertEquals(5, vanHo.getInt("villageTeams"));
        assertFalse(vanHo.getBoolean("belowVillageTeamMinimum"));
        JsonObject tanXuan = communes.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("04058")).findFirst().orElseThrow();
        assertTrue(tanXuan.getBoolean("belowVillageTeamMinimum"), "a commune below its minimum is shown as such");
    }

    @Test
    void aProvinceWithoutDistrictsWorks() {
        String province = "T71";
        assertEquals(201, api.post("admin", "api/v1/units",
                "{\"code\":\"" + province + "\",\"name\":\"Tỉnh Thử\",\"level\":\"PROVINCE\"}").status());
        String commune = province + "1";
        var created = api.post("admin", "api/v1/units", "{\"code\":\"" + commune
                + "\",\"name\":\"Phường Thử\",\"level\":\"COMMUNE\",\"parentCode\":\"" + province + "\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(province, created.json().getString("parentCode"));
        var village = api.post("admin", "api/v1/units", "{\"code\":\"" + commune
                + "-1\",\"name\":\"Tổ dân phố 1\",\"level\":\"VILLAGE\",\"parentCode\":\"" + commune + "\"}");
        assertEquals(201, village.status(), village.body());
        var wrongLevel = api.post("admin", "api/v1/units", "{\"code\":\"" + commune
                + "-X\",\"name\":\"Xã sai\",\"level\":\"COMMUNE\",\"parentCode\":\"" + commune + "-1\"}");
        assertEquals(422, wrongLevel.status(), wrongLevel.body());
        assertEquals(1, api.get("admin", "api/v1/units?parent=" + province).array().size());

        var parameters = api.get("admin", "api/v1/units/" + province + "/rule-parameters");
        assertEquals(10, parameters.json().getInt("maxTeamSize"), "the directive's default (R4)");
        assertEquals(428, api.put("admin", "api/v1/units/" + province + "/rule-parameters",
                "{\"minTeamSize\":4,\"maxTeamSize\":12,\"villageTeamMinimum\":2}", null).status());
        var changed = api.put("admin", "api/v1/units/" + province + "/rule-parameters",
                "{\"minTeamSize\":4,\"maxTeamSize\":12,\"villageTeamMinimum\":2}", parameters.etag());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(12, changed.json().getInt("maxTeamSize"));
        assertEquals(2, api.get("admin", "api/v1/units/" + commune).json().getInt("villageTeamMinimum"));
    }

    @Test
    void onlyThePortalAdministratorManagesUnits() {
        var refused = api.post("sonla.so", "api/v1/units",
                "{\"code\":\"99999\",\"name\":\"Xã Lạ\",\"level\":\"COMMUNE\",\"parentCode\":\"128\"}");
        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
    }

    // --- login, roles, jurisdiction -----------------------------------------------------------------------------

    @Test
    void withoutLoginTheAnswerIs401AsAProblem() {
        var reply = api.get(null, "api/v1/teams");
        assertEquals(401, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.header("Content-Type"));
        assertEquals(401, reply.json().getInt("status"));
        assertNotNull(reply.header("WWW-Authenticate"));
        assertEquals(401, api.send(null, java.net.http.HttpRequest.newBuilder(api.uri("api/v1/teams"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "admin:wrong".getBytes())), null).status());
    }

    @Test
    void aWrongRoleIs403() {
        String village = newVillage();
        assertEquals(403, api.post(CHAIR, "api/v1/teams", "{\"unitCode\":\"" + village + "\"}").status(),
                "the chairman establishes, the officer drafts");
        assertEquals(403, api.get("admin", "api/v1/teams").status(), "the administrator manages units, not teams");
        JsonObject team = newTeam(village);
        assertEquals(403, api.post(OFFICER, "api/v1/teams/" + team.getString("id") + "/establishment",
                "{\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"2022-06-17\",\"signer\":\"Chủ tịch\"}")
                .status(), "R3: only the commune chairman records the decision");
    }

    @Test
    void anotherCommunesTeamIsNotFound() {
        JsonObject vanHoTeams = api.get("vanho.canbo", "api/v1/teams?unit=04048").json();
        String vanHoTeam = vanHoTeams.getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(404, api.get("quangminh.canbo", "api/v1/teams/" + vanHoTeam).status());
        assertEquals(404, api.get("quangminh.chutich", "api/v1/teams/" + vanHoTeam + "/members").status());
        assertEquals(404, api.put("quangminh.canbo", "api/v1/teams/" + vanHoTeam, "{\"name\":\"x\"}", "\"1\"").status());
        assertEquals(404, api.get("quangminh.canbo", "api/v1/teams?unit=04048").status());
        assertEquals(404, api.get("quangminh.canbo", "api/v1/audit?entity=team&id=" + vanHoTeam).status());

        JsonObject own = api.get("quangminh.canbo", "api/v1/teams?size=200").json();
        assertEquals(4, own.getInt("total"), "Quang Minh's commune team and its 3 village teams, nothing else");
        own.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(t -> assertTrue(t.getString("unitCode").startsWith("04042"), t.toString()));
        JsonObject district = api.get("vanho.phong", "api/v1/teams?unit=128&size=200").json();
        // This class's other tests draft teams in Chiềng Yên, in the same district: count the two communes'.
        assertEquals(10, district.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("unitCode")).filter(u -> u.startsWith("04048") || u.startsWith("04042"))
                .count(), "the district sees both communes' teams, Vân Hồ's 6 and Quang Minh's 4");
        assertEquals(200, api.get("sonla.so", "api/v1/teams/" + vanHoTeam).status());
    }

    // --- the registry and its rules -----------------------------------------------------------------------------

    @Test
    void aCommuneTeamIsDraftedFilledAndEstablished() {
        var created = api.post(OFFICER, "api/v1/teams",
                "{\"unitCode\":\"" + COMMUNE + "\",\"zaloGroupUrl\":\"https://zalo.me/g/chiengyen\"}");
        assertEquals(201, created.status(), created.body());
        assertNotNull(created.header("Location"));
        assertNotNull(created.etag());
        JsonObject team = created.json();
        assertEquals("COMMUNE", team.getString("level"));
        assertEquals("DRAFT", team.getString("status"));
        assertEquals("Xã Chiềng Yên", team.getString("name"), "the unit's name by default");
        String id = team.getString("id");

        var second = api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + COMMUNE + "\"}");
        assertEquals(409, second.status());
        assertEquals("R1", second.json().getString("rule"));

        // A name typed on a phone arrives decomposed (NFD); the phone with +84, spaces and dots.
        String nfdName = Normalizer.normalize("Lò Thị Ểnh", Normalizer.Form.NFD);
        var leader = addMember(id, nfdName, "+84 912.345 678", "LEADER");
        assertEquals(201, leader.status(), leader.body());
        assertEquals("Lò Thị Ểnh", leader.json().getString("fullName"));
        assertTrue(Normalizer.isNormalized(leader.json().getString("fullName"), Normalizer.Form.NFC));
        assertEquals("0912345678", leader.json().getString("phone"));

        var secondLeader = addMember(id, "Hà Văn Hai", "0987654321", "LEADER");
        assertEquals(422, secondLeader.status());
        assertEquals("R5", secondLeader.json().getString("rule"));

        var early = establish(CHAIR, id);
        assertEquals(422, early.status(), "R5: a commune team needs its deputy");
        assertEquals("R5", early.json().getString("rule"));
        JsonObject listed = api.get(OFFICER, "api/v1/teams?unit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(id, listed.getString("id"), "the commune team heads its commune's list");
        assertTrue(listed.getBoolean("deputyVacant"), "R5 as the list shows it");
        assertTrue(listed.getBoolean("incomplete"));

        assertEquals(201, addMember(id, "Sồng A Páo", "0381234567", "DEPUTY").status());
        var secondDeputy = addMember(id, "Vì Văn Ba", "0391234567", "DEPUTY");
        assertEquals(422, secondDeputy.status());
        assertEquals("R5", secondDeputy.json().getString("rule"));

        var established = establish(CHAIR, id);
        assertEquals(200, established.status(), established.body());
        assertEquals("ESTABLISHED", established.json().getString("status"));
        assertEquals("12/QĐ-UBND", established.json().getJsonObject("establishment").getString("decisionNumber"));
        assertEquals(CHAIR, established.json().getJsonObject("establishment").getString("recordedBy"));
        assertTrue(established.json().getBoolean("incomplete"), "R4: 2 members are under 5");

        var late = addMember(id, "Mùa A Chớ", "0351234567", "MEMBER");
        assertEquals(409, late.status(), "R7: after establishment members join by request");
        assertEquals("R7", late.json().getString("rule"));
        assertEquals(409, establish(CHAIR, id).status(), "established once");
        assertEquals(409, api.delete(OFFICER, "api/v1/teams/" + id, established.etag()).status());
    }

    @Test
    void aPersonDraftedIntoOneVillageTeamIsRefusedByAnother() {
        String first = newTeam(newVillage()).getString("id");
        String second = newTeam(newVillage()).getString("id");
        String person = phone();
        assertEquals(201, addMember(first, "Lường Văn Một", person, "MEMBER").status());
        var twice = addMember(second, "Lường Văn Một", person.substring(0, 4) + "." + person.substring(4), "MEMBER");
        assertEquals(422, twice.status(), "one village team per person, whatever the phone's form: " + twice);
        assertEquals("phone", twice.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var other = addMember(second, "Lò Thị Hai", phone(), "MEMBER");
        assertEquals(201, other.status());
        var moved = api.put(OFFICER, "api/v1/teams/" + second + "/members/" + other.json().getString("id"),
                "{\"fullName\":\"Lò Thị Hai\",\"phone\":\"" + person + "\",\"role\":\"MEMBER\","
                        + "\"profession\":\"OTHER\"}", other.etag());
        assertEquals(422, moved.status(), "nor by changing a member's phone: " + moved);
        assertEquals(1, api.get(OFFICER, "api/v1/teams/" + second + "/members").array().size(), "nothing changed");
    }

    @Test
    void aTeamKeepsAtMostTenMembersAndCollaboratorsBeyond() {
        String village = newVillage();
        String id = newTeam(village).getString("id");
        assertEquals(201, addMember(id, "Trưởng Bản Một", phone(), "LEADER").status());
        for (int i = 0; i < 3; i++) {
            assertEquals(201, addMember(id, "Thành Viên " + i, phone(), "MEMBER").status());
        }
        JsonObject four = api.get(OFFICER, "api/v1/teams/" + id).json();
        assertEquals(4, four.getInt("memberCount"));
        assertTrue(four.getBoolean("incomplete"), "R4: under 5 is incomplete");
        for (int i = 3; i < 9; i++) {
            assertEquals(201, addMember(id, "Thành Viên " + i, phone(), "MEMBER").status());
        }
        var eleventh = addMember(id, "Người Thứ Mười Một", phone(), "MEMBER");
        assertEquals(422, eleventh.status());
        assertEquals("R4", eleventh.json().getString("rule"));
        assertEquals(201, addMember(id, "Cộng Tác Viên", phone(), "COLLABORATOR").status());
        JsonObject full = api.get(OFFICER, "api/v1/teams/" + id).json();
        assertEquals(10, full.getInt("memberCount"));
        assertEquals(1, full.getInt("collaboratorCount"));
        assertFalse(full.getBoolean("incomplete"));
        assertEquals("Trưởng Bản Một", full.getString("leaderName"));
        // The list reads the same counts and flags from the team's columns, without loading the team.
        JsonObject listed = api.get(OFFICER, "api/v1/teams?unit=" + village).json().getJsonArray("items")
                .getJsonObject(0);
        for (String field : List.of("id", "unitCode", "unitName", "name", "status", "leaderName")) {
            assertEquals(full.getString(field), listed.getString(field), field);
        }
        assertEquals(10, listed.getInt("memberCount"));
        assertFalse(listed.getBoolean("incomplete"));
        assertFalse(listed.getBoolean("leaderVacant"));
        assertFalse(listed.getBoolean("deputyVacant"), "R6: a village team needs no deputy");
    }

    @Test
    void theProvincesOwnMinimumDecidesWhetherATeamIsIncomplete() {
        String village = newVillage();
        String id = newTeam(village).getString("id");
        assertEquals(201, addMember(id, "Quàng Văn Một", phone(), "LEADER").status());
        assertEquals(201, addMember(id, "Quàng Thị Hai", phone(), "MEMBER").status());
        assertTrue(api.get(OFFICER, "api/v1/teams/" + id).json().getBoolean("incomplete"), "R4: 2 are under 5");
        String parameters = "api/v1/units/14/rule-parameters";
        var before = api.get("admin", parameters);
        var lowered = api.put("admin", parameters, "{\"minTeamSize\":2,\"maxTeamSize\":10,\"villageTeamMinimum\":"
                + before.json().getInt("villageTeamMinimum") + "}", before.etag());
        assertEquals(200, lowered.status(), lowered.body());
        try {
            // The team view and the list read the province's stored parameters, each in its own statement.
            JsonObject team = api.get(OFFICER, "api/v1/teams/" + id).json();
            assertEquals(2, team.getInt("minimumSize"));
            assertFalse(team.getBoolean("incomplete"), "R4 as Sơn La set it: 2 are enough");
            JsonObject listed = api.get(OFFICER, "api/v1/teams?unit=" + village).json().getJsonArray("items")
                    .getJsonObject(0);
            assertEquals(id, listed.getString("id"));
            assertFalse(listed.getBoolean("incomplete"));
            // The same without a unit: the officer's whole jurisdiction, found by name.
            JsonObject found = api.get(OFFICER, "api/v1/teams?q=ban%20thu%20" + village.substring(village.indexOf("-T")
                    + 2)).json().getJsonArray("items").getJsonObject(0);
            assertEquals(id, found.getString("id"));
            assertFalse(found.getBoolean("incomplete"));
        } finally {
            var current = api.get("admin", parameters);
            String directive = "{\"minTeamSize\":" + before.json().getInt("minTeamSize") + ",\"maxTeamSize\":"
                    + before.json().getInt("maxTeamSize") + ",\"villageTeamMinimum\":"
                    + before.json().getInt("villageTeamMinimum") + "}";
            assertEquals(200, api.put("admin", parameters, directive, current.etag()).status());
        }
        assertTrue(api.get(OFFICER, "api/v1/teams?unit=" + village).json().getJsonArray("items").getJsonObject(0)
                .getBoolean("incomplete"), "back to the directive's 5");
    }

    @Test
    void aVillageTeamNeedsALeaderAndAtMostOneDeputy() {
        String id = newTeam(newVillage()).getString("id");
        var withoutLeader = establish(CHAIR, id);
        assertEquals(422, withoutLeader.status());
        assertEquals("R6", withoutLeader.json().getString("rule"));
        assertEquals(201, addMember(id, "Lường Văn Trưởng", phone(), "LEADER").status());
        assertEquals(201, addMember(id, "Lường Thị Phó", phone(), "DEPUTY").status());
        var secondDeputy = addMember(id, "Lường Văn Phó Hai", phone(), "DEPUTY");
        assertEquals(422, secondDeputy.status());
        assertEquals("R6", secondDeputy.json().getString("rule"));
        assertEquals(200, establish(CHAIR, id).status(), "R6: a village team needs no deputy count beyond one");
    }

    @Test
    void aMemberWhoLeavesKeepsTheirHistory() {
        String id = newTeam(newVillage()).getString("id");
        addMember(id, "Quàng Văn Ở", phone(), "LEADER");
        JsonObject leaving = addMember(id, "Quàng Thị Đi", phone(), "MEMBER").json();
        var removed = api.delete(OFFICER, "api/v1/teams/" + id + "/members/" + leaving.getString("id"),
                "\"" + leaving.getInt("version") + "\"");
        assertEquals(200, removed.status(), removed.body());
        JsonArray members = api.get(OFFICER, "api/v1/teams/" + id + "/members").array();
        assertEquals(2, members.size(), "never deleted");
        JsonObject left = members.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(leaving.getString("id"))).findFirst().orElseThrow();
        assertFalse(left.getBoolean("active"));
        assertNotNull(left.getString("leftOn"));
        assertEquals(1, api.get(OFFICER, "api/v1/teams/" + id).json().getInt("memberCount"));
    }

    @Test
    void oneActivePersonPerPhoneInATeam() {
        String id = newTeam(newVillage()).getString("id");
        addMember(id, "Tòng Văn Một", "0911111111", "LEADER");
        var same = addMember(id, "Tòng Văn Một Lần Nữa", "091 111 1111", "MEMBER");
        assertEquals(422, same.status());
        assertEquals("phone", same.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    // --- versions -------------------------------------------------------------------------------------------------

    @Test
    void editsNeedTheCurrentVersion() {
        var created = api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + newVillage() + "\"}");
        String id = created.json().getString("id");
        String path = "api/v1/teams/" + id;
        String body = "{\"name\":\"Tổ CĐS Bản Thử\",\"zaloGroupUrl\":\"https://zalo.me/g/banthu\"}";
        var missing = api.put(OFFICER, path, body, null);
        assertEquals(428, missing.status());
        assertEquals("application/problem+json", missing.header("Content-Type"));
        var updated = api.put(OFFICER, path, body, created.etag());
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Tổ CĐS Bản Thử", updated.json().getString("name"));
        assertEquals(412, api.put(OFFICER, path, body, created.etag()).status(), "a stale version");
        assertEquals(412, api.delete(OFFICER, path, created.etag()).status());
        assertEquals(428, api.delete(OFFICER, path, null).status());
        assertEquals(updated.etag(), api.get(OFFICER, path).etag());
        assertEquals(204, api.delete(OFFICER, path, updated.etag()).status(), "a draft may be deleted");
        assertEquals(404, api.get(OFFICER, path).status());
    }

    @Test
    void twoOfficersEditingAtOnceNeverOverwriteEachOther() throws Exception {
        var created = api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + newVillage() + "\"}");
        String path = "api/v1/teams/" + created.json().getString("id");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Callable<Void>> edits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = "{\"name\":\"Tên số " + i + "\"}";
                edits.add(() -> {
                    int status = api.put(OFFICER, path, body, created.etag()).status();
                    (status == 200 ? ok : status == 412 ? refused : new AtomicInteger()).incrementAndGet();
                    return null;
                });
            }
            for (var future : pool.invokeAll(edits)) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, ok.get(), "exactly one edit wins");
        assertEquals(3, refused.get(), "the others get 412");
    }

    @Test
    void twoTeamsForOneUnitAtOnceGiveOneTeamAndA409() throws Exception {
        String village = newVillage();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> creations = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                creations.add(() -> api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + village + "\"}").status());
            }
            for (var future : pool.invokeAll(creations)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "R1, never a 500: " + statuses);
    }

    // --- input ----------------------------------------------------------------------------------------------------

    @Test
    void badInputIsAClearProblemAndChangesNothing() {
        String id = newTeam(newVillage()).getString("id");
        var bad = api.post(OFFICER, "api/v1/teams/" + id + "/members",
                "{\"fullName\":\"  \",\"phone\":\"12345\",\"role\":\"MEMBER\"}");
        assertEquals(422, bad.status());
        JsonArray errors = bad.json().getJsonArray("errors");
        List<String> fields = errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("fullName", "phone")), fields.toString());
        assertEquals("Dữ liệu không hợp lệ", bad.json().getString("title"), "Vietnamese by default");

        var english = api.post(OFFICER, "api/v1/teams/" + id + "/members",
                "{\"fullName\":\"A\",\"phone\":\"0123\",\"role\":\"MEMBER\"}", "en-US,en;q=0.9");
        assertEquals("Invalid data", english.json().getString("title"));

        assertEquals(400, api.post(OFFICER, "api/v1/teams/" + id + "/members", "{\"fullName\":").status());
        var captain = api.post(OFFICER, "api/v1/teams/" + id + "/members",
                "{\"fullName\":\"A\",\"phone\":\"0912345678\",\"role\":\"CAPTAIN\"}");
        assertEquals(422, captain.status(), "an unknown role is named: " + captain.body());
        assertTrue(captain.body().contains("\"field\":\"role\""), captain.body());
        var zalo = api.put(OFFICER, "api/v1/teams/" + id, "{\"name\":\"Tổ\",\"zaloGroupUrl\":\"http://evil\"}",
                api.get(OFFICER, "api/v1/teams/" + id).etag());
        assertEquals(422, zalo.status());
        assertEquals(0, api.get(OFFICER, "api/v1/teams/" + id + "/members").array().size(), "nothing changed");
        assertEquals(422, api.get(OFFICER, "api/v1/teams?size=1000").status());
    }

    @Test
    void searchIgnoresAccentsAndTonePlacement() {
        JsonObject found = api.get("vanho.canbo", "api/v1/teams?unit=04048&q=ban%20mau%202").json();
        assertEquals(1, found.getInt("total"), found.toString());
        JsonArray members = api.get("vanho.canbo", "api/v1/teams/"
                + api.get("vanho.canbo", "api/v1/teams?unit=04048").json().getJsonArray("items").getJsonObject(0)
                .getString("id") + "/members?q=lo%20van").array();
        assertFalse(members.isEmpty());
        members.getValuesAs(JsonObject.class)
                .forEach(m -> assertTrue(m.getString("fullName").startsWith("Lò Văn"), m.toString()));
        String id = newTeam(newVillage()).getString("id");
        addMember(id, "Đinh Thị Thuỷ Hoà", phone(), "LEADER");
        JsonArray byOtherTone = api.get(OFFICER, "api/v1/teams/" + id + "/members?q="
                + java.net.URLEncoder.encode("thủy hòa", java.nio.charset.StandardCharsets.UTF_8)).array();
        assertEquals(1, byOtherTone.size(), "Thuỷ/Thủy and Hoà/Hòa are one name");
    }

    // --- audit and the API's description --------------------------------------------------------------------------

    @Test
    void everyChangeIsAudited() {
        String id = newTeam(newVillage()).getString("id");
        addMember(id, "Hà Văn Kiểm", phone(), "LEADER");
        JsonArray trail = api.get(OFFICER, "api/v1/audit?entity=team&id=" + id).array();
        assertEquals(2, trail.size(), trail.toString());
        JsonObject creation = trail.getJsonObject(0);
        assertEquals("create", creation.getString("action"));
        assertEquals(OFFICER, creation.getString("principal"));
        assertEquals("COMMUNE_OFFICER", creation.getString("roles"));
        assertTrue(creation.getString("after").contains("\"DRAFT\""));
        assertTrue(trail.getJsonObject(1).getString("after").contains("Hà Văn Kiểm"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var document = api.get(null, "../openapi");
        assertEquals(200, document.status());
        assertTrue(document.body().contains("/api/v1/teams/{id}/establishment")
                || document.body().contains("/teams/{id}/establishment"), document.body().substring(0, Math.min(300, document.body().length())));
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** This run's villages and phones, numbered in order (the class's database is its own and new). */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A new village under Chiềng Yên, made by the portal administrator. */
    String newVillage() {
        int n = SEQUENCE.incrementAndGet();
        String code = COMMUNE + "-T" + n;
        var reply = api.post("admin", "api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Bản thử " + n
                + "\",\"level\":\"VILLAGE\",\"parentCode\":\"" + COMMUNE + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return code;
    }

    JsonObject newTeam(String unitCode) {
        var reply = api.post(OFFICER, "api/v1/teams", "{\"unitCode\":\"" + unitCode + "\"}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    Api.Reply addMember(String teamId, String name, String phone, String role) {
        return api.post(OFFICER, "api/v1/teams/" + teamId + "/members", "{\"fullName\":\"" + name
                + "\",\"phone\":\"" + phone + "\",\"position\":\"Trưởng bản\",\"role\":\"" + role
                + "\",\"profession\":\"TEACHER\"}");
    }

    Api.Reply establish(String user, String teamId) {
        // On the version the chairman read (If-Match is required on this step).
        return api.postOnVersion(user, "api/v1/teams/" + teamId + "/establishment", "{\"decisionNumber\":"
                + "\"12/QĐ-UBND\",\"decisionDate\":\"2022-06-17\",\"signer\":\"Chủ tịch UBND xã\"}",
                api.get(user, "api/v1/teams/" + teamId).etag());
    }

    /** A mobile number of its own in this run. */
    static String phone() {
        return "0912" + String.format("%06d", SEQUENCE.incrementAndGet());
    }
}
