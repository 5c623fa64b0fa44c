package vn.cds.teams.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;

class CataloguePlannerTest {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    private static CatalogueRow row(int n, String code, String name, String type, String level, String parent) {
        return new CatalogueRow(n, code, name, type, level, parent);
    }

    private static final List<CatalogueRow> ROWS = List.of(
            row(2, "01", "Thành phố Hà Nội", "Thành phố Trung ương", "PROVINCE", null),
            row(3, "00004", "Phường Ba Đình", "Phường", "COMMUNE", "01"),
            row(4, "14", "Tỉnh Sơn La", "Tỉnh", "PROVINCE", null),
            row(5, "04048", "Xã Vân Hồ", "Xã", "COMMUNE", "14"),
            row(6, "04006", "Xã Song Khủa", "Xã", "COMMUNE", "14"));

    private static UnitSnapshot unit(String code, String name, UnitLevel level, UnitType type, String parent) {
        return new UnitSnapshot(code, name, level, type, parent, null, null);
    }

    @Test
    void aProvincesRowsAreCreatedThenRecognised() {
        UnitChangePlan first = CataloguePlanner.plan(ROWS, "14", FROM, Map.of(), Set.of());
        assertTrue(first.applicable(), first.issues().toString());
        assertEquals(2, first.ignoredRows(), "Hà Nội is outside the scope");
        assertEquals(Map.of(Action.CREATE, 3), first.counts());

        Map<String, UnitSnapshot> loaded = CataloguePlanner.byCode(List.of(
                unit("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, UnitType.PROVINCE, null),
                unit("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, UnitType.COMMUNE, "14"),
                unit("04006", "Xã Song Khua", UnitLevel.COMMUNE, UnitType.COMMUNE, "14")));
        UnitChangePlan again = CataloguePlanner.plan(ROWS, "14", FROM, loaded, Set.of());
        assertEquals(List.of(Action.RENAME), again.steps().stream().map(UnitChangePlan.Step::action).toList(),
                "only the misspelt name changes");
    }

    @Test
    void aUnitNoLongerListedClosesAndAUnitUnderAnotherParentIsAProblem() {
        Map<String, UnitSnapshot> before = CataloguePlanner.byCode(List.of(
                unit("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, UnitType.PROVINCE, null),
                unit("128", "Huyện Vân Hồ", UnitLevel.DISTRICT, UnitType.RURAL_DISTRICT, "14"),
                unit("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, UnitType.COMMUNE, "128"),
                unit("04042", "Xã Quang Minh", UnitLevel.COMMUNE, UnitType.COMMUNE, "128")));
        UnitChangePlan plan = CataloguePlanner.plan(ROWS, "14", FROM, before, Set.of("04042"));
        assertEquals(List.of("catalogue.unit-moved", "catalogue.close-with-villages"),
                plan.issues().stream().map(UnitChangePlan.Issue::messageKey).toList());
        assertTrue(plan.steps(Action.CLOSE).stream().anyMatch(s -> s.code().equals("128")));
    }

    @Test
    void badRowsAreReportedRowByRow() {
        UnitChangePlan plan = CataloguePlanner.plan(List.of(
                row(2, "14", "Tỉnh Sơn La", "Tỉnh", "PROVINCE", null),
                row(3, "04048", "Xã Vân Hồ", "Bản", "COMMUNE", "14"),
                row(4, "04006", "", "Xã", "COMMUNE", "14"),
                row(5, "04006", "Xã Song Khủa", "Xã", "HAMLET", "99"),
                row(6, "0 4", "Xã X", "Xã", "COMMUNE", "77")), null, null, Map.of(), Set.of());
        assertEquals(List.of(3, 4, 5, 5, 6, 6), plan.issues().stream().map(UnitChangePlan.Issue::row)
                .sorted().toList(), plan.issues().toString());
        assertTrue(!plan.applicable());
    }
}
