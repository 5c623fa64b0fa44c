package vn.cds.teams.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.imports.ImportReport.Action;

class ImportPlannerTest {

    static final CommuneSnapshot.Unit COMMUNE = new CommuneSnapshot.Unit("04048", "Xã Vân Hồ");
    static final List<CommuneSnapshot.Unit> VILLAGES = List.of(new CommuneSnapshot.Unit("04048-01", "Bản Suối Lìn"),
            new CommuneSnapshot.Unit("04048-02", "Tiểu khu Hoà Bình"));

    static ListRow row(int n, String team, String leader, String phone) {
        return new ListRow(n, String.valueOf(n), team, leader, phone, "Trưởng bản");
    }

    static CommuneSnapshot snapshot(Map<String, CommuneSnapshot.TeamState> teams) {
        return new CommuneSnapshot(COMMUNE, VILLAGES, teams, 10, Map.of());
    }

    @Test
    void aLeaderAlreadyActiveInAnotherVillageTeamIsAProblemButMayLeadTheCommuneTeam() {
        var elsewhere = Map.of("0912000002", List.of(new CommuneSnapshot.TeamOfPerson("04051-03", false)),
                "0912000001", List.of(new CommuneSnapshot.TeamOfPerson("04051-04", false)));
        ImportPlan plan = ImportPlanner.plan(List.of(
                row(1, "Xã Vân Hồ", "Lò Văn A", "0912000001"),
                row(2, "Bản Suối Lìn", "Lò Văn B", "0912000002")),
                new CommuneSnapshot(COMMUNE, VILLAGES, Map.of(), 10, elsewhere));
        assertEquals(List.of("2:phone:member.in-another-team"), plan.issues().stream()
                .map(i -> i.row() + ":" + i.field() + ":" + i.messageKey()).toList());
        assertEquals(List.of("04048"), plan.steps().stream().map(ImportPlan.Step::unitCode).toList());
    }

    @Test
    void rowsMatchUnitsWhateverTheirAccentsTonePlacementAndTypeWords() {
        ImportPlan plan = ImportPlanner.plan(List.of(
                row(1, "Xã Vân Hồ", "Lò Văn A", "0912000001"),
                row(2, "ban suoi lin", "Lò Văn B", "0912.000.002"),
                row(3, "Hòa Bình", Normalizer.normalize("Lò Thị Ểnh", Normalizer.Form.NFD), "912000003")), snapshot(Map.of()));
        assertTrue(plan.issues().isEmpty(), plan.issues().toString());
        assertEquals(List.of("04048", "04048-01", "04048-02"), plan.steps().stream().map(ImportPlan.Step::unitCode).toList());
        assertTrue(plan.steps().stream().allMatch(s -> s.action() == Action.CREATE));
        assertEquals("0912000003", plan.steps().get(2).leader().phone(), "a number cell lost its leading zero");
    }

    @Test
    void existingTeamsAreLeftOrUpdated() {
        var same = new CommuneSnapshot.Person("Lò Văn A", "0912000001", "Trưởng bản");
        ImportPlan plan = ImportPlanner.plan(List.of(
                row(1, "Bản Suối Lìn", "Lò Văn A", "0912 000 001"),
                row(2, "Tiểu khu Hoà Bình", "Hà Văn Mới", "0912000009")),
                snapshot(Map.of("04048-01", new CommuneSnapshot.TeamState("t1", null, true, 5, same),
                        "04048-02", new CommuneSnapshot.TeamState("t2", null, true, 5, same))));
        assertEquals(List.of(Action.NONE, Action.UPDATE), plan.steps().stream().map(ImportPlan.Step::action).toList());
    }

    @Test
    void everyBrokenRuleIsAProblemWithItsRow() {
        var leader = new CommuneSnapshot.Person("Lò Văn A", "0912000001", "Trưởng bản");
        ImportPlan plan = ImportPlanner.plan(List.of(
                row(1, "Bản Không Có", "Lò Văn X", "0912000011"),
                row(2, "Bản Suối Lìn", "Lò Văn Y", "0912000012"),
                row(3, "Bản Suối Lìn", "Lò Văn Z", "0912000013"),
                row(4, "Tiểu khu Hoà Bình", "Lò Văn W", "12"),
                row(5, "Xã Vân Hồ", "Lò Văn Mới", "0912000015")),
                snapshot(Map.of("04048", new CommuneSnapshot.TeamState("t0", null, false, 7, leader))));
        assertEquals(List.of("1:R2", "3:R6", "4:-", "5:R7"), plan.issues().stream()
                .map(i -> i.row() + ":" + (i.rule() == null ? "-" : i.rule())).toList());
        assertTrue(plan.hasProblems());
    }

    @Test
    void oneLeaderLeadsTheCommuneTeamAndOneVillageTeamAtMost() {
        ImportPlan plan = ImportPlanner.plan(List.of(
                row(1, "Xã Vân Hồ", "Lò Văn A", "0912000001"),
                row(2, "Bản Suối Lìn", "Lò Văn A", "0912000001"),
                row(3, "Tiểu khu Hoà Bình", "Lò Văn A", "0912000001")), snapshot(Map.of()));
        assertEquals(1, plan.issues().size());
        assertEquals(3, plan.issues().get(0).row());
        assertEquals("import.duplicate-person", plan.issues().get(0).messageKey());
    }

    @Test
    void aTeamWithoutLeaderIsWrittenAsSuch() {
        ImportPlan plan = ImportPlanner.plan(List.of(row(1, "Bản Suối Lìn", "(chưa có Tổ trưởng)", null)),
                snapshot(Map.of("04048-01", new CommuneSnapshot.TeamState("t1", null, true, 0, null))));
        assertTrue(plan.issues().isEmpty(), plan.issues().toString());
        assertEquals(Action.NONE, plan.steps().get(0).action());
    }

    @Test
    void aFreelyNamedTeamComesBackByTheNameItsListPrints() {
        var leader = new CommuneSnapshot.Person("Lò Văn A", "0912000001", "Chủ tịch");
        ImportPlan plan = ImportPlanner.plan(List.of(row(1, "Tổ công nghệ số Vân Hồ nhiệm kỳ 2025", "Lò Văn A",
                "0912000001")), snapshot(Map.of("04048", new CommuneSnapshot.TeamState("t0",
                "Tổ công nghệ số Vân Hồ nhiệm kỳ 2025", true, 7, leader))));
        assertTrue(plan.issues().isEmpty(), plan.issues().toString());
        assertEquals("04048", plan.steps().get(0).unitCode());
    }

    @Test
    void anIssuedListEndsWhereItsRecipientsBegin() {
        assertTrue(ListHeader.startsFooter(List.of("", "Nơi nhận:", "", "TM. ỦY BAN NHÂN DÂN")));
        assertTrue(ListHeader.startsFooter(List.of("NOI NHAN:")));
        assertFalse(ListHeader.startsFooter(List.of("1", "Xã Vân Hồ", "Lò Văn A", "0912000001")));
        assertFalse(ListHeader.startsFooter(List.of("", "")));
    }
}
