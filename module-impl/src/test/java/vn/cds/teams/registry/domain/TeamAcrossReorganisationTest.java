package vn.cds.teams.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** Dissolving a team (by decision or by a reorganisation) and a village team following its village. */
class TeamAcrossReorganisationTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    final AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
    final AdministrativeUnit district = AdministrativeUnit.create("128", "Huyện Vân Hồ", UnitLevel.DISTRICT, province);
    final AdministrativeUnit oldCommune = AdministrativeUnit.create("04039", "Xã Mường Men", UnitLevel.COMMUNE,
            district);
    final AdministrativeUnit village = AdministrativeUnit.create("04039-01", "Bản Mường Men", UnitLevel.VILLAGE,
            oldCommune);

    @Test
    void aDissolvedTeamKeepsItsRecordAndChangesNoMore() {
        Team team = Team.draft(oldCommune, oldCommune, null, null);
        team.dissolve(Dissolution.byReorganisation("1681/NQ-UBTVQH15", LocalDate.of(2025, 6, 16), REFORM));
        assertEquals(TeamStatus.DISSOLVED, team.status());
        assertEquals(REFORM, team.dissolution().dissolvedOn());
        assertNull(team.dissolution().signer());
        assertThrows(DomainException.class, () -> team.dissolve(Dissolution.byReorganisation("x", null, REFORM)));
        assertThrows(DomainException.class, () -> team.describe("Tổ mới", null));
    }

    @Test
    void aDecisionNeedsNumberDateAndSignerAndNoFutureDate() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        DomainException missing = assertThrows(DomainException.class,
                () -> Dissolution.byDecision(" ", null, null, today));
        assertEquals(3, missing.violations().size());
        assertThrows(DomainException.class,
                () -> Dissolution.byDecision("12/QĐ-UBND", today.plusDays(1), "Chủ tịch", today));
        Dissolution decision = Dissolution.byDecision("12/QĐ-UBND", today, "Lò Văn A", today);
        assertEquals(today, decision.dissolvedOn());
    }

    @Test
    void aVillageTeamFollowsItsVillageToTheNewCommune() {
        Team team = Team.draft(village, oldCommune, null, null);
        oldCommune.close(REFORM.minusDays(1));
        village.close(REFORM.minusDays(1));
        AdministrativeUnit newCommune = AdministrativeUnit.open("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, null,
                province, REFORM, true);
        AdministrativeUnit moved = AdministrativeUnit.open("04039-01", "Bản Mường Men", UnitLevel.VILLAGE, null,
                newCommune, REFORM, true);
        team.followVillage(moved, newCommune);
        assertEquals("/14/04048~20250701/04039-01~20250701/", team.unitPath());
        assertTrue(team.listOrder().startsWith(newCommune.path()));
        assertThrows(DomainException.class, () -> Team.draft(oldCommune, oldCommune, null, null)
                .followVillage(moved, newCommune), "a commune team does not move");
    }
}
