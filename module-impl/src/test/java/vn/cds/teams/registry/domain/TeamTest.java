package vn.cds.teams.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** R1-R7 as the Team aggregate enforces them. */
class TeamTest {

    static final LocalDate TODAY = LocalDate.of(2022, 6, 17);
    static final TeamSize SIZE = new TeamSize(5, 10);

    final AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
    final AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);
    final AdministrativeUnit village = AdministrativeUnit.create("04048-01", "Bản Suối Lìn", UnitLevel.VILLAGE, commune);
    int phone = 1;

    MemberDetails person(MemberRole role) {
        return MemberDetails.of("Người " + phone, String.format("09%08d", phone++), "Giáo viên", role,
                Profession.TEACHER);
    }

    static String rule(Runnable action) {
        return assertThrows(DomainException.class, action::run).rule();
    }

    @Test
    void teamsExistOnlyForCommunesAndVillages() {
        assertEquals("R1", rule(() -> Team.draft(province, province, null, null)));
        Team team = Team.draft(village, commune, null, "https://zalo.me/g/abc");
        assertEquals(UnitLevel.VILLAGE, team.level());
        assertEquals("Bản Suối Lìn", team.name());
        assertEquals(TeamStatus.DRAFT, team.status());
        assertThrows(DomainException.class, () -> Team.draft(village, commune, "Tổ", "http://zalo.me/g/x"));
    }

    @Test
    void r4AtMostTenMembersCollaboratorsBeyond() {
        Team team = Team.draft(village, commune, null, null);
        team.addMember(person(MemberRole.LEADER), SIZE, TODAY);
        for (int i = 0; i < 3; i++) {
            team.addMember(person(MemberRole.MEMBER), SIZE, TODAY);
        }
        assertTrue(team.isIncomplete(SIZE), "4 members are under 5");
        for (int i = 0; i < 6; i++) {
            team.addMember(person(MemberRole.MEMBER), SIZE, TODAY);
        }
        assertFalse(team.isIncomplete(SIZE));
        assertEquals(10, team.memberCount());
        assertEquals("R4", rule(() -> team.addMember(person(MemberRole.MEMBER), SIZE, TODAY)));
        team.addMember(person(MemberRole.COLLABORATOR), SIZE, TODAY);
        assertEquals(10, team.memberCount());
        assertEquals(1, team.collaboratorCount());
    }

    @Test
    void r5CommuneTeamNeedsItsLeaderAndExactlyOneDeputy() {
        Team team = Team.draft(commune, commune, null, null);
        assertEquals("R5", rule(() -> team.establish(decision())));
        team.addMember(person(MemberRole.LEADER), SIZE, TODAY);
        assertEquals("R5", rule(() -> team.addMember(person(MemberRole.LEADER), SIZE, TODAY)));
        assertEquals("R5", rule(() -> team.establish(decision())));
        assertTrue(team.isDeputyVacant());
        team.addMember(person(MemberRole.DEPUTY), SIZE, TODAY);
        assertEquals("R5", rule(() -> team.addMember(person(MemberRole.DEPUTY), SIZE, TODAY)));
        team.establish(decision());
        assertEquals(TeamStatus.ESTABLISHED, team.status());
    }

    @Test
    void r6VillageTeamNeedsALeaderAndAtMostOneDeputy() {
        Team team = Team.draft(village, commune, null, null);
        assertEquals("R6", rule(() -> team.establish(decision())));
        team.addMember(person(MemberRole.LEADER), SIZE, TODAY);
        team.addMember(person(MemberRole.DEPUTY), SIZE, TODAY);
        assertEquals("R6", rule(() -> team.addMember(person(MemberRole.DEPUTY), SIZE, TODAY)));
        assertFalse(team.isDeputyVacant(), "a village deputy is optional");
        team.establish(decision());
    }

    @Test
    void r7EstablishedTeamsChangeMembersOnlyByRequest() {
        Team team = Team.draft(village, commune, null, null);
        Member leader = team.addMember(person(MemberRole.LEADER), SIZE, TODAY);
        team.establish(decision());
        assertEquals("R7", rule(() -> team.addMember(person(MemberRole.MEMBER), SIZE, TODAY)));
        assertEquals("R7", rule(() -> team.removeMember(leader, TODAY)));
        assertThrows(DomainException.class, () -> team.establish(decision()), "established once");
        assertThrows(DomainException.class, team::requireDeletable);
    }

    @Test
    void leavingKeepsTheRecordAndVacatesTheRole() {
        Team team = Team.draft(village, commune, null, null);
        Member leader = team.addMember(person(MemberRole.LEADER), SIZE, TODAY);
        team.removeMember(leader, TODAY.plusDays(3));
        assertEquals(1, team.members().size());
        assertEquals(TODAY.plusDays(3), leader.leftOn());
        assertNull(team.leaderName());
        assertEquals(0, team.memberCount());
        assertThrows(DomainException.class, () -> team.removeMember(leader, TODAY));
    }

    @Test
    void onePhoneOncePerTeam() {
        Team team = Team.draft(village, commune, null, null);
        team.addMember(MemberDetails.of("Lò Văn A", "0912345678", null, MemberRole.LEADER, null), SIZE, TODAY);
        assertThrows(DomainException.class, () -> team.addMember(
                MemberDetails.of("Lò Văn A", "+84 912 345 678", null, MemberRole.MEMBER, null), SIZE, TODAY));
    }

    static EstablishmentDecision decision() {
        return EstablishmentDecision.of("12/QĐ-UBND", TODAY, "Chủ tịch UBND xã", "vanho.chutich", TODAY);
    }
}
