package vn.cds.teams.membership.application;

import vn.cds.teams.api.membership.MembershipRequestView;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.membership.domain.MembershipRequest;

/** Maps requests to the contract's view. */
final class MembershipViews {

    private MembershipViews() {
    }

    static MembershipRequestView view(MembershipRequest r) {
        String note = r.outcome() == MemberRole.COLLABORATOR
                ? "R4: the team had its maximum; the person joined its collaborator group" : null;
        return new MembershipRequestView(r.id(), r.team().id(), r.team().name(), r.team().unit().code(), r.type(),
                r.state(), r.fullName(), r.phone(), r.position(), r.profession(),
                r.member() == null ? null : r.member().id(), r.reason(), r.filedBy(), r.endorsedOnBehalfOfLeader(),
                r.outcome(), note,
                r.history().stream().map(e -> new MembershipRequestView.HistoryEntry(e.state(), e.at(), e.by(),
                        e.reason())).toList(),
                r.version());
    }
}
