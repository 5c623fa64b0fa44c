package vn.cds.teams.membership.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.cds.teams.api.common.Page;
import vn.cds.teams.api.membership.ApplicantInput;
import vn.cds.teams.api.membership.MembershipRequestInput;
import vn.cds.teams.api.membership.MembershipRequestView;
import vn.cds.teams.api.membership.RequestState;
import vn.cds.teams.api.membership.RequestType;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.PageRequest;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.membership.domain.MembershipRequest;
import vn.cds.teams.registry.application.TeamService;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.units.application.UnitService;

/**
 * Joining and leaving (R7, R8). Each step locks the request's row, so that of two decisions at the same moment
 * (two approvals, or an approval and a withdrawal) exactly one wins and the other sees the new state (409).
 * Residents see and withdraw only the requests they filed.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TeamService teams;

    @Inject
    UnitService units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public MembershipRequestView file(MembershipRequestInput input) {
        Validation.requireBody(input);
        if (input.teamId() == null) {
            new Validation().add("teamId", "field.required").throwIfInvalid();
        }
        // The team first: a foreign team answers 404 whatever else the body lacks.
        Team team = teams.require(input.teamId());
        if (input.type() == null) {
            new Validation().add("type", "field.required").throwIfInvalid();
        }
        MembershipRequest request;
        if (input.type() == RequestType.JOIN) {
            ApplicantInput applicant = input.applicant();
            if (applicant == null) {
                new Validation().add("applicant", "field.required").throwIfInvalid();
            }
            MemberDetails details = MemberDetails.of(applicant.fullName(), applicant.phone(), applicant.position(),
                    MemberRole.MEMBER, applicant.profession());
            // One open request per person and team: a second one would only be refused at approval.
            em.createQuery("SELECT r.id FROM MembershipRequest r WHERE r.team = :team AND r.type = :join"
                            + " AND r.person.phone = :phone AND r.state IN :open", String.class)
                    .setParameter("team", team).setParameter("join", RequestType.JOIN)
                    .setParameter("phone", details.phone())
                    .setParameter("open", List.of(RequestState.SUBMITTED, RequestState.ENDORSED))
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(open -> {
                        throw DomainException.conflict("request.already-open", open);
                    });
            request = MembershipRequest.join(team, details, input.reason(), caller.name(),
                    teams.teamsWithActiveMember(details.phone()));
        } else {
            if (residentOnly()) {
                throw DomainException.forbidden("request.resident-join-only");
            }
            if (input.memberId() == null) {
                new Validation().add("memberId", "field.required").throwIfInvalid();
            }
            request = MembershipRequest.leave(team, team.member(input.memberId()), input.reason(), caller.name());
        }
        em.persist(request);
        em.flush();
        MembershipRequestView view = MembershipViews.view(request);
        audit.record("team", team.id(), "request-" + request.type().name().toLowerCase(), null, view);
        return view;
    }

    public MembershipRequestView get(String id) {
        return MembershipViews.view(require(id, false));
    }

    /** Requests of a unit and all below it (the whole jurisdiction without one), newest first. */
    public Page<MembershipRequestView> list(String unitCode, RequestState state, PageRequest page) {
        Jurisdiction.Restriction restriction = jurisdiction.restrict("r.unitPath");
        List<String> conditions = new ArrayList<>();
        String unitPath = null;
        if (unitCode != null && !unitCode.isBlank()) {
            unitPath = units.require(unitCode).path();
            conditions.add("r.unitPath LIKE :unitPath");
        }
        if (state != null) {
            conditions.add("r.state = :state");
        }
        if (residentOnly()) {
            conditions.add("r.filedBy = :filer");
        }
        String where = restriction.where(conditions);
        TypedQuery<MembershipRequest> rows = em.createQuery("SELECT r FROM MembershipRequest r" + where
                + " ORDER BY r.createdAt DESC, r.id", MembershipRequest.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM MembershipRequest r" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            restriction.bind(q);
            if (unitPath != null) {
                q.setParameter("unitPath", unitPath + "%");
            }
            if (state != null) {
                q.setParameter("state", state);
            }
            if (residentOnly()) {
                q.setParameter("filer", caller.name());
            }
        }
        // A page's teams, units and histories in three queries, not three per request.
        rows.setHint("eclipselink.join-fetch", "r.team.unit");
        rows.setHint("eclipselink.batch", "r.history");
        List<MembershipRequestView> items = rows.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream().map(MembershipViews::view).toList();
        return new Page<>(items, page.total(items.size(), count::getSingleResult), page.page(), page.size());
    }

    /** The leader introduces the request; the commune officer may do so for the leader, recorded as such. */
    public MembershipRequestView endorse(String id, String note) {
        return step(id, "endorse", request -> request.endorse(caller.name(),
                !caller.hasRole(CdsRoles.TEAM_LEADER), note));
    }

    /**
     * Besides the request, the team's row is locked: two approvals of different requests for one team at once
     * (the tenth and eleventh member, R4) are counted one after the other, never against the same roster.
     */
    public MembershipRequestView approve(String id) {
        lockTeamOf(id);
        return step(id, "approve", request -> {
            TeamSize size = TeamSize.of(units.parametersOf(request.team().unit().provinceCode()));
            request.approve(caller.name(), size,
                    LocalDate.now(clock), request.type() == RequestType.JOIN
                            ? teams.teamsWithActiveMember(request.person().phone()) : List.of());
        });
    }

    /** Before endorsement the leader (or the officer for the leader) rejects, after it the chairman. */
    public MembershipRequestView reject(String id, String reason) {
        return step(id, "reject", request -> request.reject(caller.name(), reason,
                caller.hasRole(CdsRoles.TEAM_LEADER) || caller.hasRole(CdsRoles.COMMUNE_OFFICER),
                caller.hasRole(CdsRoles.COMMUNE_CHAIR)));
    }

    /** The applicant withdraws; the commune officer may record a withdrawal made on paper. */
    public MembershipRequestView withdraw(String id) {
        return step(id, "withdraw", request -> {
            if (!caller.name().equals(request.filedBy()) && !caller.hasRole(CdsRoles.COMMUNE_OFFICER)) {
                throw DomainException.forbidden("request.applicant-only");
            }
            request.withdraw(caller.name());
        });
    }

    private MembershipRequestView step(String id, String action, Consumer<MembershipRequest> change) {
        MembershipRequest request = require(id, true);
        MembershipRequestView before = MembershipViews.view(request);
        change.accept(request);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Only an edit that took no lock (the team renamed at this moment) gets here: this step lost; retry.
            throw DomainException.conflict("request.concurrent-change", before.state());
        }
        MembershipRequestView after = MembershipViews.view(request);
        audit.record("team", request.team().id(), "request-" + action, before, after);
        return after;
    }

    /**
     * A request the caller may see, optionally locked for a state change; foreign ones (and for residents, other
     * people's) answer "not found".
     */
    private MembershipRequest require(String id, boolean lock) {
        MembershipRequest request;
        try {
            request = id == null ? null : em.find(MembershipRequest.class, id,
                    lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            // The database gave up waiting for another step on the same request: that one wins.
            throw DomainException.conflict("request.busy", id);
        }
        if (request == null || residentOnly() && !request.filedBy().equals(caller.name())) {
            throw DomainException.notFound("request.not-found", id);
        }
        jurisdiction.requireCovers(request.team().unit().path(), "request.not-found", id);
        return request;
    }

    /**
     * Locks the row of the request's team before anything of the team is read, so that its roster is read after
     * the lock, as the previous holder left it (then the request's row: always in this order).
     */
    private void lockTeamOf(String requestId) {
        List<Object[]> rows = em.createQuery("SELECT r.team.id, r.unitPath FROM MembershipRequest r WHERE r.id = :id",
                Object[].class).setParameter("id", requestId).getResultList();
        if (rows.isEmpty() || !jurisdiction.covers((String) rows.get(0)[1])) {
            return; // require() answers 404
        }
        try {
            em.find(Team.class, rows.get(0)[0], LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw DomainException.conflict("request.busy", requestId);
        }
    }


    /** A caller whose only role here is RESIDENT sees only their own requests. */
    private boolean residentOnly() {
        return caller.roles().equals(List.of(CdsRoles.RESIDENT));
    }
}
