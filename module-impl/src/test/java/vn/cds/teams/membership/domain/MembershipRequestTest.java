package vn.cds.teams.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
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

    final AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
    final AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);

    Team team(int members) {
        return team(members, AdministrativeUnit.create("04048-01", "Bản Suối Lìn", UnitLevel.VILLAGE, commune));
    }

    /** An established team of the unit: leader, deputy, members. */
    Team team(int members, AdministrativeUnit unit) {
        Team team = Team.draft(unit, commune, null, null);
        for (int i = 0; i < members; i++) {
            team.addMember(person(i == 0 ? MemberRole.LEADER : i == 1 ? MemberRole.DEPUTY : MemberRole.MEMBER), SIZE,
                    TODAY);
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
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), "Muốn tham gia", "dan",
                List.of());
        assertEquals(RequestState.SUBMITTED, request.state());
        assertEquals("R7", rule(() -> request.approve("chutich", SIZE, TODAY, List.of())), "not endorsed yet");
        request.endorse("totruong", false, null);
        assertEquals("R7", rule(() -> request.endorse("totruong", false, null)));
        request.approve("chutich", SIZE, TODAY, List.of());
        assertEquals(RequestState.APPROVED, request.state());
        assertEquals(MemberRole.MEMBER, request.outcome());
        assertEquals(6, team.memberCount());
        assertEquals(3, request.history().size());
        assertEquals("R7", rule(() -> request.withdraw("dan")), "decided already");
    }

    @Test
    void aFullTeamAdmitsACollaborator() {
        Team team = team(10);
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), null, "canbo", List.of());
        request.endorse("canbo", true, null);
        request.approve("chutich", SIZE, TODAY, List.of());
        assertEquals(MemberRole.COLLABORATOR, request.outcome());
        assertEquals(10, team.memberCount());
        assertEquals(1, team.collaboratorCount());
    }

    @Test
    void rejectionNeedsAReasonAndOnlyTheChairmanRejectsAnEndorsedRequest() {
        MembershipRequest request = MembershipRequest.join(team(5), person(MemberRole.MEMBER), null, "dan", List.of());
        assertThrows(DomainException.class, () -> request.reject("totruong", " ", true, false));
        request.endorse("totruong", false, null);
        assertEquals("R7", rule(() -> request.reject("totruong", "Không", true, false)));
        request.reject("chutich", "Chưa đủ điều kiện", false, true);
        assertEquals(RequestState.REJECTED, request.state());
    }

    @Test
    void aLeaderWhoLeavesLeavesTheRoleVacant() {
        Team team = team(5);
        Member leader = team.members().get(0);
        MembershipRequest request = MembershipRequest.leave(team, leader, "Chuyển công tác", "canbo");
        request.endorse("canbo", true, null);
        request.approve("chutich", SIZE, TODAY, List.of());
        assertNull(team.leaderName());
        assertFalse(leader.isActive());
        assertTrue(team.isIncomplete(SIZE));
    }

    @Test
    void noRequestsForDraftsAndNoSecondMembership() {
        Team team = team(5);
        MemberDetails existing = MemberDetails.of("Người 1", team.members().get(0).person().phone(), null,
                MemberRole.MEMBER, null);
        assertThrows(DomainException.class, () -> MembershipRequest.join(team, existing, null, "dan", List.of()));
        MembershipRequest request = MembershipRequest.join(team, person(MemberRole.MEMBER), null, "dan", List.of());
        request.withdraw("dan");
        assertEquals(RequestState.WITHDRAWN, request.state());
    }

    @Test
    void eachStepBelongsToItsDeciderAndAnIllegalOneNamesTheState() {
        MembershipRequest request = MembershipRequest.join(team(5), person(MemberRole.MEMBER), null, "dan", List.of());
        DomainException early = assertThrows(DomainException.class,
                () -> request.reject("chutich", "Không", false, true));
        assertEquals("R7", early.rule(), "the chairman decides after the leader, not instead of them");
        assertEquals(DomainException.Kind.CONFLICT, early.kind());
        assertEquals("request.illegal-step.reject", early.messageKey());
        assertEquals(RequestState.SUBMITTED, early.args()[0]);
        request.endorse("canbo", true, null);
        assertTrue(request.endorsedOnBehalfOfLeader());
        assertEquals("request.illegal-step.endorse",
                assertThrows(DomainException.class, () -> request.endorse("totruong", false, null)).messageKey());
        request.approve("chutich", SIZE, TODAY, List.of());
        DomainException late = assertThrows(DomainException.class, () -> request.withdraw("dan"));
        assertEquals("request.illegal-step.withdraw", late.messageKey());
        assertEquals(RequestState.APPROVED, late.args()[0]);
        assertEquals("R7", rule(() -> request.reject("chutich", "Không", false, true)), "decided already");
        assertEquals(List.of(RequestState.SUBMITTED, RequestState.ENDORSED, RequestState.APPROVED),
                request.history().stream().map(RequestEvent::state).toList());
    }

    @Test
    void leavingCitesR8AndReleasesTheMemberOnlyOnApproval() {
        Team team = team(6);
        Member member = team.members().get(5);
        MembershipRequest request = MembershipRequest.leave(team, member, "Đi làm ăn xa", "totruong");
        assertEquals("R8", rule(() -> request.approve("chutich", SIZE, TODAY, List.of())));
        assertTrue(member.isActive());
        request.endorse("totruong", false, null);
        request.approve("chutich", SIZE, TODAY, List.of());
        assertEquals(TODAY, member.leftOn());
        assertEquals(5, team.memberCount());
        assertFalse(team.isIncomplete(SIZE));
        assertThrows(DomainException.class, () -> MembershipRequest.leave(team, member, null, "totruong"),
                "left already");
    }

    @Test
    void aPersonIsInTheCommuneTeamAndOneVillageTeamAtMost() {
        Team villageA = team(5);
        Team villageB = team(5, AdministrativeUnit.create("04048-02", "Bản Phách", UnitLevel.VILLAGE, commune));
        Team communeTeam = team(5, commune);
        Member inA = villageA.members().get(3);
        MemberDetails same = MemberDetails.of(inA.person().fullName(), inA.person().phone(), null, MemberRole.MEMBER,
                null);

        DomainException second = assertThrows(DomainException.class,
                () -> MembershipRequest.join(villageB, same, null, "dan", List.of(villageA)));
        assertEquals(DomainException.Kind.INVALID_INPUT, second.kind());
        assertEquals("applicant.phone", second.violations().get(0).field());
        assertEquals("member.in-another-team", second.violations().get(0).messageKey());

        MembershipRequest toCommune = MembershipRequest.join(communeTeam, same, null, "dan", List.of(villageA));
        toCommune.endorse("totruong", false, null);
        toCommune.approve("chutich", SIZE, TODAY, List.of(villageA));
        assertEquals(MemberRole.MEMBER, toCommune.outcome(), "a village member may also be in the commune team");

        MemberDetails newcomer = person(MemberRole.MEMBER);
        MembershipRequest toB = MembershipRequest.join(villageB, newcomer, null, "dan", List.of());
        toB.endorse("totruong", false, null);
        // Meanwhile the person joined village A's team: the approval is refused and the request stays endorsed.
        DomainException meanwhile = assertThrows(DomainException.class,
                () -> toB.approve("chutich", SIZE, TODAY, List.of(villageA)));
        assertEquals(DomainException.Kind.CONFLICT, meanwhile.kind());
        assertEquals(RequestState.ENDORSED, toB.state());
    }
}
