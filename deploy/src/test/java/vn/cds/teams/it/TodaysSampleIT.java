package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The sample data as the run command starts it: Sơn La as the directive knew it, carried across 1 July 2025 by the
 * bundled rows of the shared files. Checks the "done when" on the run command against those files (the
 * national copies under the tests' data), and the demo users of today's and of the old units.
 */
class TodaysSampleIT extends SampleDataIT {

    static final String REFORM = "2025-07-01";
    /** The four old communes of the new Vân Hồ (resolution 1681/NQ-UBTVQH15). */
    static final Set<String> VAN_HO_BEFORE = Set.of("04048", "04039", "04051", "04054");

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.todaysSampleDataWar();
    }

    private static Map<String, String> officialNamesOfToday() {
        return TwoLevelIT.csv("vn-units-2025-07.csv").stream().filter(r -> r.get("parent_code").equals("14"))
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name")));
    }

    @Test
    void sonLaListsItsSeventyFiveUnitsOfTodayWithTheirOfficialNames() {
        Map<String, String> official = officialNamesOfToday();
        assertEquals(75, official.size());
        List<JsonObject> today = api.get("sonla.so", "api/v1/units?parent=14").array().getValuesAs(JsonObject.class);
        assertEquals(official.keySet(), today.stream().map(u -> u.getString("code")).collect(Collectors.toSet()));
        today.forEach(u -> assertEquals(official.get(u.getString("code")), u.getString("name"), u.toString()));
        assertTrue(today.stream().allMatch(u -> u.getString("level").equals("COMMUNE")
                && u.getString("validFrom").equals(REFORM) && u.isNull("validTo")), "no district in force");
        assertEquals(Map.of("COMMUNE", 67L, "WARD", 8L), today.stream()
                .collect(Collectors.groupingBy(u -> u.getString("type"), Collectors.counting())));
        // The day before, the province had its twelve districts of March 2025.
        assertEquals(12, api.get("sonla.so", "api/v1/units?parent=14&on=2025-06-30").array().size());
    }

    @Test
    void theClosedDistrictAnswersWithItsLastDayAndSuccessors() {
        JsonObject district = api.get("sonla.so", "api/v1/units/128").json();
        assertEquals("DISTRICT", district.getString("level"));
        assertEquals("2025-06-30", district.getString("validTo"));
        Set<String> expected = TwoLevelIT.csv("vn-units-2025-07-merges.csv").stream()
                .filter(r -> r.get("old_district_code").equals("128")).map(r -> r.get("new_code"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("03985", "04006", "04018", "04048", "04057"), expected);
        assertEquals(expected, district.getJsonArray("successors").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).collect(Collectors.toCollection(TreeSet::new)));
        // The district's officer still reads their district of 2023, its fourteen communes.
        assertEquals(14, api.get("vanho.phong", "api/v1/units?parent=128&on=2023-06-01").array().size());
    }

    @Test
    void theNewVanHoListsItsFourPredecessorsAndTheirVillages() {
        JsonObject vanHo = api.get("vanho.canbo", "api/v1/units/04048").json();
        assertEquals("Xã Vân Hồ", vanHo.getString("name"));
        assertEquals("14", vanHo.getString("parentCode"));
        List<JsonObject> predecessors = vanHo.getJsonArray("predecessors").getValuesAs(JsonObject.class);
        assertEquals(VAN_HO_BEFORE, predecessors.stream().filter(p -> p.getString("code").length() == 5)
                .map(p -> p.getString("code")).collect(Collectors.toSet()));
        assertTrue(predecessors.stream().allMatch(p -> p.getString("resolutionNumber").equals("1681/NQ-UBTVQH15")
                && p.getString("effectiveOn").equals(REFORM)));
        // Six sample villages from each of the four old communes, each with its old self as predecessor.
        List<JsonObject> villages = api.get("vanho.canbo", "api/v1/units?parent=04048").array()
                .getValuesAs(JsonObject.class);
        assertEquals(24, villages.size());
        assertEquals(VAN_HO_BEFORE, villages.stream().map(v -> v.getJsonArray("predecessors").getJsonObject(0)
                .getString("parentCode")).collect(Collectors.toSet()));
        // Its teams: the commune team started from the old Vân Hồ's members, established, and the village teams
        // that followed their villages.
        List<JsonObject> teams = teams("vanho.canbo", "04048", null);
        JsonObject communeTeam = teams.stream().filter(t -> t.getString("level").equals("COMMUNE")).findFirst()
                .orElseThrow();
        assertEquals("ESTABLISHED", communeTeam.getString("status"));
        assertEquals(7, communeTeam.getInt("memberCount"));
        assertEquals(6, teams.stream().filter(t -> t.getString("level").equals("VILLAGE")).count(),
                "the old Vân Hồ's six village teams");
    }

    @Test
    void theOldCommunesTeamsAreDissolvedAndReadable() {
        for (String[] old : List.of(new String[] {"vanho.canbo", "04048"}, new String[] {"quangminh.canbo", "04042"})) {
            List<JsonObject> then = teams(old[0], old[1], "2023-06-01");
            JsonObject communeTeam = then.stream().filter(t -> t.getString("level").equals("COMMUNE")).findFirst()
                    .orElseThrow(() -> new AssertionError(then.toString()));
            assertEquals("DISSOLVED", communeTeam.getString("status"), old[1]);
            JsonObject team = api.get(old[0], "api/v1/teams/" + communeTeam.getString("id")).json();
            assertEquals("1681/NQ-UBTVQH15", team.getJsonObject("dissolution").getString("decisionNumber"));
            assertEquals(REFORM, team.getJsonObject("dissolution").getString("dissolvedOn"));
            assertEquals("2022-06-17", team.getJsonObject("establishment").getString("decisionDate"));
            assertEquals(7, api.get(old[0], "api/v1/teams/" + communeTeam.getString("id") + "/members").array()
                    .size(), "its members are kept");
        }
    }

    @Test
    void monthsAreReportedOnTheStructureOfTheirFirstDay() {
        JsonObject old = api.get("vanho.canbo", "api/v1/monthly-reports/04048/2024-05").json();
        assertEquals("ACCEPTED", old.getString("status"));
        JsonObject august = api.get("vanho.canbo", "api/v1/monthly-reports/04048/2025-08").json();
        assertEquals("ACCEPTED", august.getString("status"));
        assertEquals(api.get("songkhua.canbo", "api/v1/monthly-reports/04006/2025-08").status(), 200);
        // Quang Minh reported until June 2025; from July its villages are Song Khủa's.
        assertEquals(200, api.get("quangminh.canbo", "api/v1/monthly-reports/04042/2025-06").status());
        assertNotEquals(200, api.get("quangminh.canbo", "api/v1/monthly-reports/04042/2025-08").status());
    }

    @Test
    void theDistrictsConsolidationOf2023ReadsItsFourteenCommunes() throws InterruptedException {
        JsonObject june = TwoLevelIT.consolidate(api, "vanho.phong", "DISTRICT", "128", "2023-06");
        assertEquals(14, june.getInt("expected"));
        assertEquals(2, june.getInt("received"), "the sample's Vân Hồ and Quang Minh");
        JsonObject vanHo = api.get("vanho.phong", "api/v1/monthly-reports/04048/2023-06").json();
        JsonObject quangMinh = api.get("vanho.phong", "api/v1/monthly-reports/04042/2023-06").json();
        JsonObject totals = june.getJsonObject("totals");
        for (String indicator : vanHo.getJsonObject("values").keySet()) {
            assertEquals(vanHo.getJsonObject("values").getJsonNumber(indicator).longValue()
                    + quangMinh.getJsonObject("values").getJsonNumber(indicator).longValue(),
                    totals.getJsonNumber(indicator).longValue(), indicator);
        }
        // After the reform the province reads its communes straight: two of them reported August 2025.
        JsonObject august = TwoLevelIT.consolidate(api, "sonla.so", "PROVINCE", "14", "2025-08");
        assertEquals(75, august.getInt("expected"));
        assertEquals(2, august.getInt("received"));
    }

    @Test
    void theOldCommunesUsersReadTheirHistoryAndChangeNothing() {
        JsonObject muongMen = api.get("muongmen.canbo", "api/v1/units/04039").json();
        assertEquals("2025-06-30", muongMen.getString("validTo"));
        assertEquals("04048", muongMen.getJsonArray("successors").getJsonObject(0).getString("code"));
        assertEquals(6, api.get("muongmen.canbo", "api/v1/units?parent=04039&on=2024-01-01").array().size());
        Api.Reply team = api.post("quangminh.canbo", "api/v1/teams", "{\"unitCode\":\"04042\"}");
        assertEquals(409, team.status(), "no team for a closed commune: " + team.body());
        Api.Reply village = api.post("quangminh.chutich", "api/v1/teams", "{\"unitCode\":\"04042-01\"}");
        assertTrue(village.status() >= 400, "nor under it: " + village.body());
        Api.Reply edit = api.put("quangminh.canbo", "api/v1/monthly-reports/04042/2024-05",
                "{\"values\":{},\"notes\":\"sửa\"}", "\"0\"");
        assertTrue(edit.status() >= 400, "an accepted report of then stays as it was: " + edit.body());
        // The users of today's units exist for every commune and ward of Sơn La; the province reads them all.
        JsonObject me = api.get("tohieu.canbo", "api/v1/me").json();
        assertEquals("03646", me.getJsonArray("units").getJsonObject(0).getString("code"));
        assertEquals(JsonValue.ValueType.ARRAY, api.get("sonla.so", "api/v1/teams?unit=14").json()
                .get("items").getValueType());
    }

    private List<JsonObject> teams(String user, String unit, String on) {
        Api.Reply reply = api.get(user, "api/v1/teams?unit=" + unit + "&size=100" + (on == null ? "" : "&on=" + on));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
