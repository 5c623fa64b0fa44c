package vn.cds.teams.registry.application;

import vn.cds.teams.api.registry.DecisionScanView;
import vn.cds.teams.api.registry.EstablishmentDecisionView;
import vn.cds.teams.api.registry.MemberView;
import vn.cds.teams.api.registry.TeamSummary;
import vn.cds.teams.api.registry.TeamView;
import vn.cds.teams.api.registry.DissolutionView;
import vn.cds.teams.registry.domain.DecisionScan;
import vn.cds.teams.registry.domain.Dissolution;
import vn.cds.teams.registry.domain.EstablishmentDecision;
import vn.cds.teams.registry.domain.Member;
import vn.cds.teams.registry.domain.Person;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamListing;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** Maps the registry's aggregate to the contract's views. */
final class TeamViews {

    private TeamViews() {
    }

    static TeamView view(Team t, TeamSize size) {
        EstablishmentDecision d = t.establishment();
        Dissolution end = t.dissolution();
        return new TeamView(t.id(), t.unit().officialCode(), t.unit().name(), t.level(), t.name(), t.zaloGroupUrl(),
                t.status(), t.memberCount(), t.collaboratorCount(), size.minimum(), size.maximum(),
                t.isIncomplete(size), t.leaderName() == null, t.isDeputyVacant(), t.leaderName(),
                d == null ? null : new EstablishmentDecisionView(d.number(), d.date(), d.signer(), d.recordedBy(),
                        view(d.scan())),
                end == null || end.dissolvedOn() == null ? null
                        : new DissolutionView(end.dissolvedOn(), end.number(), end.date(), end.signer(),
                        view(end.scan())),
                t.version());
    }

    private static DecisionScanView view(DecisionScan scan) {
        return scan == null ? null : new DecisionScanView(scan.type(), scan.size(), scan.sha256(), scan.by(), scan.at());
    }

    static TeamSummary summary(TeamListing t) {
        return new TeamSummary(t.id(), AdministrativeUnit.officialCodeOf(t.unitCode()), t.unitName(), t.level(), t.name(), t.status(),
                t.memberCount(), t.isIncomplete(), t.leaderName(), t.leaderName() == null, t.isDeputyVacant());
    }

    static MemberView view(Member m) {
        Person p = m.person();
        return new MemberView(m.id(), m.team().id(), p.fullName(), p.phone(), p.position(), m.role(), p.profession(),
                m.joinedOn(), m.leftOn(), m.isActive(), m.version());
    }
}
