package vn.cds.teams.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;

/** Sơn La's Vân Hồ district on 1 July 2025, in small. */
class ReorganisationPlannerTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_DAY = REFORM.minusDays(1);

    private static final List<MergeRow> ROWS = List.of(
            new MergeRow(2, "04006", "Xã Song Khủa", "04006", "Xã Song Khủa", "128", "full"),
            new MergeRow(3, "04006", "Xã Song Khủa", "04042", "Xã Quang Minh", "128", "full"),
            new MergeRow(4, "04048", "Xã Vân Hồ", "04048", "Xã Vân Hồ", "128", "full"),
            new MergeRow(5, "04048", "Xã Vân Hồ", "04039", "Xã Mường Men", "128", "partial"),
            new MergeRow(6, "04006", "Xã Song Khủa", "04039", "Xã Mường Men", "128", "partial"),
            new MergeRow(7, "00004", "Phường Ba Đình", "00004", "Phường Trúc Bạch", "001", "full"));

    private static UnitSnapshot unit(String code, String name, UnitLevel level, String parent, LocalDate validTo) {
        return new UnitSnapshot(code, name, level, level == UnitLevel.DISTRICT ? UnitType.RURAL_DISTRICT
                : level == UnitLevel.VILLAGE ? UnitType.VILLAGE : UnitType.COMMUNE, parent, null, validTo);
    }

    private static ReorganisationPlanner.Province before(LocalDate closedOn, Set<String> successions,
                                                         Map<String, UnitSnapshot> opened, Set<String> teams) {
        Map<String, UnitSnapshot> units = CataloguePlanner.byCode(List.of(
                unit("128", "Huyện Vân Hồ", UnitLevel.DISTRICT, "14", closedOn),
                unit("04006", "Xã Song Khủa", UnitLevel.COMMUNE, "128", closedOn),
                unit("04042", "Xã Quang Minh", UnitLevel.COMMUNE, "128", closedOn),
                unit("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, "128", closedOn),
                unit("04039", "Xã Mường Men", UnitLevel.COMMUNE, "128", closedOn)));
        Map<String, List<UnitSnapshot>> villages = Map.of(
                "04048", List.of(unit("04048-01", "Bản mẫu 1", UnitLevel.VILLAGE, "04048", closedOn)),
                "04039", List.of(unit("04039-01", "Bản mẫu 1", UnitLevel.VILLAGE, "04039", closedOn),
                        unit("04039-02", "Bản mẫu 2", UnitLevel.VILLAGE, "04039", closedOn)));
        return new ReorganisationPlanner.Province("14", units, opened, villages, successions, teams);
    }

    @Test
    void theDryRunListsEveryChangeAndTheVillagesOfSplitCommunesStillToPlace() {
        UnitChangePlan plan = ReorganisationPlanner.plan(ROWS, REFORM,
                before(null, Set.of(), Map.of(), Set.of("04048", "04042")), Map.of());
        assertTrue(plan.issues().isEmpty(), plan.issues().toString());
        assertEquals(1, plan.ignoredRows(), "Hà Nội's row");
        Map<Action, Integer> counts = plan.counts();
        assertEquals(2, counts.get(Action.CREATE));
        assertEquals(5, counts.get(Action.CLOSE), "four communes and their district");
        assertEquals(5 + 2, counts.get(Action.SUCCEED), "five rows, and the district into both new communes");
        assertEquals(1, counts.get(Action.MOVE), "the village of a commune that went whole");
        assertEquals(2, counts.get(Action.DISSOLVE));
        assertEquals(List.of("04039-01", "04039-02"), plan.villagesToPlace().stream().map(v -> v.code()).toList());
        assertEquals(List.of("04006", "04048"), plan.villagesToPlace().get(0).candidates());
        assertFalse(plan.applicable());
        assertEquals(Set.of("partial"), plan.steps(Action.SUCCEED).stream().filter(s -> s.code().equals("128"))
                .map(UnitChangePlan.Step::part).collect(Collectors.toSet()));
    }

    @Test
    void placedVillagesMoveAndAWrongPlaceIsAProblem() {
        Map<String, String> placements = new HashMap<>(Map.of("04039-01", "04048", "04039-02", "04006"));
        UnitChangePlan plan = ReorganisationPlanner.plan(ROWS, REFORM, before(null, Set.of(), Map.of(), Set.of()),
                placements);
        assertTrue(plan.applicable());
        assertEquals(3, plan.steps(Action.MOVE).size());

        placements.put("04039-02", "04042");
        placements.put("99999-01", "04048");
        UnitChangePlan wrong = ReorganisationPlanner.plan(ROWS, REFORM, before(null, Set.of(), Map.of(), Set.of()),
                placements);
        assertEquals(List.of("reorganisation.bad-placement", "reorganisation.placement-unknown"),
                wrong.issues().stream().map(UnitChangePlan.Issue::messageKey).toList());
    }

    @Test
    void runningItAgainPlansNothing() {
        Set<String> recorded = Set.of("04006>04006", "04042>04006", "04048>04048", "04039>04048", "04039>04006",
                "128>04006", "128>04048");
        Map<String, UnitSnapshot> opened = CataloguePlanner.byCode(List.of(
                new UnitSnapshot("04006", "Xã Song Khủa", UnitLevel.COMMUNE, UnitType.COMMUNE, "14", REFORM, null),
                new UnitSnapshot("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, UnitType.COMMUNE, "14", REFORM, null)));
        UnitChangePlan plan = ReorganisationPlanner.plan(ROWS, REFORM, before(LAST_DAY, recorded, opened, Set.of()),
                Map.of());
        assertTrue(plan.changesNothing(), plan.steps().toString());
        assertTrue(plan.applicable());
    }

    @Test
    void anOldCommuneMissingFromTheProvinceIsAProblem() {
        List<MergeRow> rows = List.of(new MergeRow(2, "04048", "Xã Vân Hồ", "04051", "Xã Lóng Luông", "128", "full"));
        UnitChangePlan plan = ReorganisationPlanner.plan(rows, REFORM, before(null, Set.of(), Map.of(), Set.of()),
                Map.of());
        assertEquals("reorganisation.old-unknown", plan.issues().get(0).messageKey());
    }
}
