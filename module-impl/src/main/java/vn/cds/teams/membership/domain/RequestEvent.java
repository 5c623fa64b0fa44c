package vn.cds.teams.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.cds.teams.api.membership.RequestState;

/** One step in the life of a membership request: the state it reached, when, by whom, why. */
@Entity
@Table(name = "membership_request_event")
public class RequestEvent {

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private MembershipRequest request;

    @Column(name = "seq")
    private int sequence;

    @Enumerated(EnumType.STRING)
    private RequestState state;

    @Column(name = "happened_at")
    private Instant at;

    @Column(name = "actor")
    private String by;

    private String reason;

    protected RequestEvent() {
    }

    RequestEvent(MembershipRequest request, int sequence, RequestState state, String by, String reason) {
        this.id = UUID.randomUUID().toString();
        this.request = request;
        this.sequence = sequence;
        this.state = state;
        this.at = Instant.now();
        this.by = by;
        this.reason = reason;
    }

    public int sequence() {
        return sequence;
    }

    public RequestState state() {
        return state;
    }

    public Instant at() {
        return at;
    }

    public String by() {
        return by;
    }

    public String reason() {
        return reason;
    }
}
