package vn.cds.teams.membership.application;

import vn.cds.teams.api.membership.MembershipRequestView;
import vn.cds.teams.membership.domain.MembershipRequest;

/** Maps requests to the contract's view. */
final class MembershipViews {

    private MembershipViews() {
    }

    /** {@code outcomeNote} stays empty here: the resource writes it in the caller's language. */
    static MembershipRequestView view(MembershipRequest r) {
        return new MembershipRequestView(r.id(), r.team().id(), r.team().name(), r.team().unit().code(), r.type(),
                r.state(), r.person().fullName(), r.person().phone(), r.person().position(), r.person().profession(),
                r.member() == null ? null : r.member().id(), r.reason(), r.filedBy(), r.endorsedOnBehalfOfLeader(),
                r.outcome(), null,
                r.history().stream().map(e -> new MembershipRequestView.HistoryEntry(e.state(), e.at(), e.by(),
                        e.reason())).toList(),
                r.version());
    }
}
