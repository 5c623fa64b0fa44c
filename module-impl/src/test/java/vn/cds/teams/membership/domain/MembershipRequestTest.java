package vn.cds.teams.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.membership.RequestState;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.registry.domain.EstablishmentDecision;
import vn.cds.teams.registry.domain.Member;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** The request state machine of R7 and R8. */
class MembershipRequestTest {

    static final LocalDate TODAY = LocalDate.of(2022, 7, 1);
    static final TeamSize SIZE = new TeamSize(5, 10);
    int phone = 1;

    Team team(int members) {
        AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
        AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);
        AdministrativeUnit village = AdministrativeUnit.create("04048-01", "Bản Suối Lìn", UnitLevel.VILLAGE, commune);
        Team team = Team.draft(village, commune, null, null);
        for (int i = 0; i < members; i++) {
            team.addMember(person(i == 0 ? MemberRole.LEADER : MemberRole.MEMBER), SIZE, TODAY);
        }
        team.establish(EstablishmentDecision.of("1/QĐ", TODAY, "Chủ tịch", "chutich", TODAY));
        return team;
    }

    MemberDetails person(MemberRole role) {
        return MemberDetails.of("Người " + phone, String.format("09%08d", phone++), null, role, null);
    }

    static String rule(Runnable step) {
        return assertThrows(DomainException.class, step::run).rule();
    }

    @Test
    void joinGoesThroughEndorsementAndApproval() {
        Team team = team(5);
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), "Muốn tham gia", "dan");
        assertEquals(RequestState.SUBMITTED, request.state());
        assertEquals("R7", rule(() -> request.approve("chutich", SIZE, TODAY)), "not endorsed yet");
        request.endorse("totruong", false, null);
        assertEquals("R7", rule(() -> request.endorse("totruong", false, null)));
        request.approve("chutich", SIZE, TODAY);
        assertEquals(RequestState.APPROVED, request.state());
        assertEquals(MemberRole.MEMBER, request.outcome());
        assertEquals(6, team.memberCount());
        assertEquals(3, request.history().size());
        assertEquals("R7", rule(() -> request.withdraw("dan")), "decided already");
    }

    @Test
    void aFullTeamAdmitsACollaborator() {
        Team team = team(10);
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), null, "canbo");
        request.endorse("canbo", true, null);
        request.approve("chutich", SIZE, TODAY);
        assertEquals(MemberRole.COLLABORATOR, request.outcome());
        assertEquals(10, team.memberCount());
        assertEquals(1, team.collaboratorCount());
    }

    @Test
    void rejectionNeedsAReasonAndOnlyTheChairmanRejectsAnEndorsedRequest() {
        MembershipRequest request = MembershipRequest.join(team(5), person(MemberRole.MEMBER), null, "dan");
        assertThrows(DomainException.class, () -> request.reject("totruong", " ", false));
        request.endorse("totruong", false, null);
        assertEquals("R7", rule(() -> request.reject("totruong", "Không", false)));
        request.reject("chutich", "Chưa đủ điều kiện", true);
        assertEquals(RequestState.REJECTED, request.state());
    }

    @Test
    void aLeaderWhoLeavesLeavesTheRoleVacant() {
        Team team = team(5);
        Member leader = team.members().get(0);
        MembershipRequest request = MembershipRequest.leave(team, leader, "Chuyển công tác", "canbo");
        request.endorse("canbo", true, null);
        request.approve("chutich", SIZE, TODAY);
        assertNull(team.leaderName());
        assertFalse(leader.isActive());
        assertTrue(team.isIncomplete(SIZE));
    }

    @Test
    void noRequestsForDraftsAndNoSecondMembership() {
        Team team = team(5);
        MemberDetails existing = MemberDetails.of("Người 1", team.members().get(0).phone(), null, MemberRole.MEMBER, null);
        assertThrows(DomainException.class, () -> MembershipRequest.join(team, existing, null, "dan"));
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), null, "dan");
        request.withdraw("dan");
        assertEquals(RequestState.WITHDRAWN, request.state());
    }
}
