package vn.cds.teams.membership.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.cds.teams.api.membership.RequestState;
import vn.cds.teams.api.membership.RequestType;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.registry.domain.Member;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.Person;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamSize;

/**
 * A request to join (R7) or leave (R8) an established team, and the state machine the directive lays down:
 * SUBMITTED -> ENDORSED (the team leader introduces it) -> APPROVED or REJECTED (the commune chairman decides);
 * a rejection at either step needs a reason; the applicant may withdraw before a decision. Any other step is
 * refused with the current state named.
 */
@Entity
@Table(name = "membership_request")
public class MembershipRequest {

    @Id
    private String id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "unit_path")
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    private RequestType type;

    @Enumerated(EnumType.STRING)
    private RequestState state;

    @Embedded
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    private String reason;

    @Column(name = "filed_by")
    private String filedBy;

    @Column(name = "endorsed_for_leader")
    private boolean endorsedOnBehalfOfLeader;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_role")
    private MemberRole outcome;

    @Column(name = "created_at")
    private Instant createdAt;

    /**
     * Team and phone while a JOIN is open, else null: the database's unique index on it keeps one open request per
     * person and team even when two identical requests arrive in the same instant (the loser gets a 409).
     */
    @Column(name = "open_join_key")
    private String openJoinKey;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    private List<RequestEvent> history = new ArrayList<>();

    protected MembershipRequest() {
    }

    /**
     * R7: someone asks to join. The person must not already be an active member of the team, nor of another team
     * of the same level: one commune team and one village team at most. {@code teamsOfApplicant}: the teams
     * where a member has the applicant's (canonical) phone and is active.
     */
    public static MembershipRequest join(Team team, MemberDetails applicant, String reason, String filedBy,
                                         Collection<Team> teamsOfApplicant) {
        requireEstablished(team);
        if (team.hasActiveMemberWithPhone(applicant.phone())) {
            new Validation().add("applicant.phone", "member.duplicate-phone").throwIfInvalid();
        }
        if (team.anotherOfItsLevelAmong(teamsOfApplicant)) {
            new Validation().add("applicant.phone", "member.in-another-team", applicant.phone()).throwIfInvalid();
        }
        MembershipRequest request = new MembershipRequest(team, RequestType.JOIN, reason, filedBy);
        request.person = Person.of(applicant);
        request.keepOpenJoinKey();
        return request;
    }

    /** R8: a member asks to leave. */
    public static MembershipRequest leave(Team team, Member member, String reason, String filedBy) {
        requireEstablished(team);
        if (!member.isActive()) {
            throw DomainException.conflict("member.already-left", member.leftOn());
        }
        MembershipRequest request = new MembershipRequest(team, RequestType.LEAVE, reason, filedBy);
        request.member = member;
        request.person = member.person().copy();
        return request;
    }

    private MembershipRequest(Team team, RequestType type, String reason, String filedBy) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.unitPath = team.unit().path();
        this.type = type;
        this.reason = clean(reason, 1000);
        this.filedBy = filedBy;
        this.createdAt = Instant.now();
        record(RequestState.SUBMITTED, filedBy, this.reason);
    }

    /** The team leader introduces the request; the commune officer may do it for the leader (recorded). */
    public void endorse(String by, boolean onBehalfOfLeader, String note) {
        requireState(RequestState.SUBMITTED, "endorse");
        this.endorsedOnBehalfOfLeader = onBehalfOfLeader;
        record(RequestState.ENDORSED, by, clean(note, 1000));
    }

    /**
     * The commune chairman approves: a JOIN admits the person (as a collaborator when the team is full, R4), a
     * LEAVE releases the member (their role falls vacant if they led or deputised). {@code teamsOfApplicant} as
     * for {@link #join}, as they are now: the person may have joined another team since filing.
     */
    public void approve(String by, TeamSize size, LocalDate today, Collection<Team> teamsOfApplicant) {
        requireState(RequestState.ENDORSED, "approve");
        if (type == RequestType.JOIN) {
            if (team.anotherOfItsLevelAmong(teamsOfApplicant)) {
                throw DomainException.conflict("member.in-another-team", person.phone());
            }
            Member admitted = team.admit(person.as(MemberRole.MEMBER), size, today);
            this.member = admitted;
            this.outcome = admitted.role();
        } else {
            team.release(member, today);
        }
        record(RequestState.APPROVED, by, null);
    }

    /**
     * Rejection at either step ends the request and needs a reason: a submitted request is the leader's to turn
     * down ({@code asLeader}: the team leader, or the commune officer for the leader), an endorsed one the
     * chairman's ({@code asChairman}); neither may take the other's step.
     */
    public void reject(String by, String why, boolean asLeader, boolean asChairman) {
        String cleaned = clean(why, 1000);
        if (cleaned == null) {
            new Validation().add("reason", "request.reason-required").throwIfInvalid();
        }
        boolean leaderStep = state == RequestState.SUBMITTED && asLeader;
        boolean chairmanStep = state == RequestState.ENDORSED && asChairman;
        if (!leaderStep && !chairmanStep) {
            throw illegal("reject");
        }
        record(RequestState.REJECTED, by, cleaned);
    }

    /** The applicant withdraws before a decision. */
    public void withdraw(String by) {
        if (state != RequestState.SUBMITTED && state != RequestState.ENDORSED) {
            throw illegal("withdraw");
        }
        record(RequestState.WITHDRAWN, by, null);
    }

    private void requireState(RequestState expected, String step) {
        if (state != expected) {
            throw illegal(step);
        }
    }

    private DomainException illegal(String step) {
        return DomainException.ruleConflict(type == RequestType.JOIN ? "R7" : "R8", "request.illegal-step." + step,
                state);
    }

    private void record(RequestState reached, String by, String why) {
        this.state = reached;
        history.add(new RequestEvent(this, history.size() + 1, reached, by, why));
        keepOpenJoinKey();
    }

    private void keepOpenJoinKey() {
        boolean open = state == RequestState.SUBMITTED || state == RequestState.ENDORSED;
        openJoinKey = type == RequestType.JOIN && open && person != null ? team.id() + ":" + person.phone() : null;
    }

    private static void requireEstablished(Team team) {
        if (team.status() != TeamStatus.ESTABLISHED) {
            throw DomainException.conflict("request.team-not-established", team.status());
        }
    }

    private static String clean(String text, int max) {
        String cleaned = VietnameseText.clean(text);
        if (cleaned != null && cleaned.length() > max) {
            new Validation().add("reason", "field.too-long", max).throwIfInvalid();
        }
        return cleaned;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Team team() {
        return team;
    }

    public RequestType type() {
        return type;
    }

    public RequestState state() {
        return state;
    }

    public Person person() {
        return person;
    }

    public Member member() {
        return member;
    }

    public String reason() {
        return reason;
    }

    public String filedBy() {
        return filedBy;
    }

    public boolean endorsedOnBehalfOfLeader() {
        return endorsedOnBehalfOfLeader;
    }

    public MemberRole outcome() {
        return outcome;
    }

    public List<RequestEvent> history() {
        return List.copyOf(history);
    }
}
