package vn.cds.teams.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cds.teams.api.common.Page;
import vn.cds.teams.api.registry.EstablishmentInput;
import vn.cds.teams.api.registry.MemberInput;
import vn.cds.teams.api.registry.MemberView;
import vn.cds.teams.api.registry.TeamInput;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.registry.TeamSummary;
import vn.cds.teams.api.registry.TeamView;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.common.domain.PageRequest;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.common.security.UnitPlaces;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.api.registry.DissolutionInput;
import vn.cds.teams.registry.domain.DecisionScan;
import vn.cds.teams.registry.domain.Dissolution;
import vn.cds.teams.registry.domain.DecisionScanFile;
import vn.cds.teams.registry.domain.EstablishmentDecision;
import vn.cds.teams.registry.domain.Member;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.ScanType;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamListing;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;

/** The team registry: teams and members inside the caller's jurisdiction, every change audited. */
@ApplicationScoped
@Transactional
public class TeamService {

    /**
     * A team's province's rule parameters ({@code p}), none if it set none: the province is its path's first code.
     * For one team; a page of one province joins its row by key instead.
     */
    private static final String PROVINCE_PARAMETERS =
            " LEFT JOIN RuleParameters p ON t.unitPath LIKE CONCAT('/', p.provinceCode, '/%')";

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** The largest decision scan accepted, in bytes (10 MiB unless the portal says otherwise). */
    @Inject
    @ConfigProperty(name = "cds.decision.max-bytes", defaultValue = "10485760")
    long decisionMaxBytes;

    public TeamView create(TeamInput input) {
        Validation.requireBody(input);
        Validation validation = new Validation();
        validation.required("unitCode", input.unitCode());
        validation.visibleIfGiven("name", input.name());
        validation.throwIfInvalid();
        AdministrativeUnit unit = units.require(input.unitCode());
        // R1 and R2 count units in force: a closed commune or a moved village gets no new team.
        if (!unit.isInForceOn(today())) {
            throw DomainException.conflict("unit.closed", unit.officialCode(), unit.validTo());
        }
        Long existing = em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.unit.code = :unit", Long.class)
                .setParameter("unit", unit.code()).getSingleResult();
        if (existing > 0) {
            throw DomainException.ruleConflict("R1", "team.exists", unit.name());
        }
        AdministrativeUnit commune = unit.level() == UnitLevel.VILLAGE
                ? em.find(AdministrativeUnit.class, unit.parentCode()) : unit;
        Team team = Team.draft(unit, commune, input.name(), input.zaloGroupUrl());
        if (input.membersFrom() != null) {
            for (String from : input.membersFrom()) {
                team.takeMembersOf(require(from), size(team), today(),
                        phone -> team.anotherOfItsLevelAmong(teamsWithActiveMember(phone)));
            }
        }
        em.persist(team);
        em.flush();
        TeamView view = view(team);
        audit.record("team", team.id(), "create", null, view);
        return view;
    }

    /** Reads run without a transaction of their own: nothing to commit, two round trips fewer (performance aim P3). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView get(String id) {
        // The team, its unit and its province's parameters (if it set any) in one statement.
        Object[] found = id == null ? null : em.createQuery("SELECT t, p FROM Team t JOIN FETCH t.unit"
                + PROVINCE_PARAMETERS + " WHERE t.id = :id", Object[].class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        Team team = covered(found == null ? null : (Team) found[0], id);
        RuleParameters parameters = found[1] != null ? (RuleParameters) found[1]
                : RuleParameters.defaults(team.unit().provinceCode());
        return TeamViews.view(team, TeamSize.of(parameters));
    }

    /** Teams of a unit and all below it (the whole jurisdiction without a unit), commune team first, then villages in Vietnamese order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamSummary> list(String unitCode, LocalDate on, String query, PageRequest page) {
        UnitPlaces.Place unit = unitCode == null || unitCode.isBlank() ? null : units.requirePlace(unitCode, on);
        // Within a unit the caller holds whole, the unit's bounds are the jurisdiction's: one condition, so that
        // the database reads the page straight off the list-order index instead of sorting every team of the unit.
        boolean wholeUnit = unit != null && jurisdiction.coversAllBelow(unit.path());
        String folded = VietnameseText.fold(query);
        // The conditions on the teams, for a query's alias: the page's rows and their count use the same ones.
        Function<String, String> where = alias -> {
            List<String> conditions = new ArrayList<>();
            if (unit != null) {
                // Above a village, the teams below a unit are those whose list order starts with its path: a range,
                // not LIKE, so that PostgreSQL can keep one generic plan of the statement instead of planning every call.
                conditions.add(unit.level() == UnitLevel.VILLAGE ? alias + ".unitPath = :unitPath"
                        : alias + ".listOrder >= :below AND " + alias + ".listOrder < :beyond");
            }
            if (!folded.isEmpty()) {
                conditions.add(alias + ".nameSearch LIKE :q ESCAPE '" + VietnameseText.LIKE_ESCAPE + "'");
            }
            return restriction(wholeUnit, alias).where(conditions);
        };
        Consumer<Query> bind = q -> {
            restriction(wholeUnit, "t").bind(q);
            if (unit != null && unit.level() == UnitLevel.VILLAGE) {
                q.setParameter("unitPath", unit.path());
            } else if (unit != null) {
                q.setParameter("below", unit.path());
                q.setParameter("beyond", AdministrativeUnit.pathsBeyond(unit.path()));
            }
            if (!folded.isEmpty()) {
                q.setParameter("q", VietnameseText.containsPattern(folded));
            }
        };
        // The page's teams are in one province (always below a unit): its parameters are one row, joined by key;
        // matching each team's path against every province's code costs a millisecond a page when all have rows.
        List<String> paths = unit != null ? List.of(unit.path())
                : jurisdiction.coversEverything() ? List.of() : jurisdiction.pathPrefixes();
        Set<String> provinces = paths.stream().map(AdministrativeUnit::provinceCodeOf).collect(Collectors.toSet());
        String province = provinces.size() == 1 ? provinces.iterator().next() : null;
        // A projection, not entities: a page of rows needs no object building, change tracking or lazy unit.
        // The unit's name is a subquery, not a join: with the join PostgreSQL planned the statement again at every
        // call (its generic plan looked dearer than a custom one), which took more time than running it (P3).
        // Each row carries the count of all pages' rows (the database counts once per statement): one statement a
        // page instead of two.
        TypedQuery<Object[]> rows = em.createQuery("SELECT NEW " + TeamListing.class.getName()
                + "(t.id, t.unitCode, (SELECT u.name FROM AdministrativeUnit u WHERE u.code = t.unitCode),"
                + " t.level, t.name, t.status, t.memberCount, t.deputyCount, t.leaderName,"
                // COALESCE: without it, EclipseLink reads a missing row's int column as 0, not null.
                + " COALESCE(p.minTeamSize, " + RuleParameters.DEFAULT_MIN_TEAM_SIZE + ")),"
                + " (SELECT COUNT(c) FROM Team c" + where.apply("c") + ") FROM Team t"
                + (province != null ? " LEFT JOIN RuleParameters p ON p.provinceCode = :province" : PROVINCE_PARAMETERS)
                + where.apply("t") + " ORDER BY t.listOrder, t.id", Object[].class);
        if (province != null) {
            rows.setParameter("province", province);
        }
        bind.accept(rows);
        List<Object[]> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<TeamSummary> items = found.stream().map(row -> TeamViews.summary((TeamListing) row[0])).toList();
        // A page past the end has no row to carry the count.
        LongSupplier count = () -> {
            if (!found.isEmpty()) {
                return ((Number) found.get(0)[1]).longValue();
            }
            TypedQuery<Long> all = em.createQuery("SELECT COUNT(t) FROM Team t" + where.apply("t"), Long.class);
            bind.accept(all);
            return all.getSingleResult();
        };
        return new Page<>(items, page.total(items.size(), count), page.page(), page.size());
    }

    private Jurisdiction.Restriction restriction(boolean wholeUnit, String alias) {
        return wholeUnit ? Jurisdiction.Restriction.NONE : jurisdiction.restrict(alias + ".unitPath");
    }

    public TeamView update(String id, Long ifMatch, TeamInput input) {
        Validation.requireBody(input);
        Team team = require(id);
        Versioned.check(ifMatch, team.version());
        if (input.unitCode() != null && !input.unitCode().strip().equals(team.unit().officialCode())) {
            new Validation().add("unitCode", "team.unit-fixed").throwIfInvalid();
        }
        TeamView before = view(team);
        team.describe(input.name(), input.zaloGroupUrl());
        return audited(team, "update", before);
    }

    public void delete(String id, Long ifMatch) {
        Team team = require(id);
        Versioned.check(ifMatch, team.version());
        team.requireDeletable();
        TeamView before = view(team);
        em.remove(team);
        em.flush();
        audit.record("team", id, "delete", before, null);
    }

    /** R3: recorded only by the commune chairman (checked by role at the resource). */
    public TeamView establish(String id, Long ifMatch, EstablishmentInput input) {
        Validation.requireBody(input);
        Team team = require(id);
        // The one step that cannot be undone: never on a version the chairman has not seen.
        Versioned.check(ifMatch, team.version());
        TeamView before = view(team);
        team.establish(EstablishmentDecision.of(input.decisionNumber(), input.decisionDate(), input.signer(),
                caller.name(), today()));
        return audited(team, "establish", before);
    }

    /** The decisions a scan of the chairman's signed paper can be put on file with. */
    public enum Decision {
        ESTABLISHMENT, DISSOLUTION
    }

    /**
     * Attaches (or replaces) the chairman's signed paper to the team's establishment or dissolution decision: a PDF,
     * JPEG or PNG told by its content, at most {@code cds.decision.max-bytes}; the bytes are stored in the database
     * with the decision and the change is audited. Anything refused leaves nothing stored.
     */
    public TeamView attachScan(String id, Decision decision, Long ifMatch, byte[] content) {
        Team team = require(requireId(id));
        Versioned.check(ifMatch, team.version());
        if (content == null || content.length == 0) {
            new Validation().add("scan", "field.scan-required").throwIfInvalid();
        }
        if (content.length > decisionMaxBytes) {
            throw DomainException.tooLarge("decision.scan-too-large", decisionMaxBytes);
        }
        ScanType type = ScanType.of(content).orElse(null);
        if (type == null) {
            new Validation().add("scan", "field.scan-type").throwIfInvalid();
        }
        TeamView before = view(team);
        if (decision == Decision.ESTABLISHMENT) {
            team.attachEstablishmentScan(type, content.length, sha256(content), caller.name(), clock.instant());
        } else {
            team.attachDissolutionScan(type, content.length, sha256(content), caller.name(), clock.instant());
        }
        String fileId = DecisionScanFile.idOf(team.id(), decision.name());
        DecisionScanFile file = em.find(DecisionScanFile.class, fileId);
        if (file == null) {
            em.persist(new DecisionScanFile(fileId, content));
        } else {
            file.replace(content);
        }
        return audited(team, "attach-" + decision.name().toLowerCase(java.util.Locale.ROOT) + "-scan", before);
    }

    /** A decision's scan of a team the caller may read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scan scan(String id, Decision decision) {
        Team team = require(requireId(id));
        String number;
        DecisionScan onFile;
        if (decision == Decision.ESTABLISHMENT) {
            EstablishmentDecision d = team.establishment();
            number = d == null ? null : d.number();
            onFile = d == null ? null : d.scan();
        } else {
            Dissolution d = team.dissolution();
            number = d == null ? null : d.number();
            onFile = d == null ? null : d.scan();
        }
        DecisionScanFile file = onFile == null ? null
                : em.find(DecisionScanFile.class, DecisionScanFile.idOf(team.id(), decision.name()));
        if (file == null) {
            throw DomainException.notFound("decision.scan-not-found", id);
        }
        ScanType type = ScanType.ofMediaType(onFile.type()).orElseThrow();
        return new Scan(type.mediaType(), "Quyết định " + number + "." + type.extension(), onFile.sha256(),
                file.content());
    }

    /** A scan as stored: its type, a file name for the download, its SHA-256 in hex and its bytes. */
    public record Scan(String mediaType, String fileName, String sha256, byte[] content) {
    }

    /** Team ids are UUIDs: anything else is refused before it is looked for. */
    private static String requireId(String id) {
        try {
            UUID.fromString(id == null ? "" : id);
        } catch (IllegalArgumentException e) {
            new Validation().add("id", "field.id").throwIfInvalid();
        }
        return id;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Dissolves a team by the commune chairman's decision (checked by role at the resource); nothing is deleted. */
    public TeamView dissolve(String id, Long ifMatch, DissolutionInput input) {
        Validation.requireBody(input);
        Team team = require(id);
        if (ifMatch != null) {
            Versioned.check(ifMatch, team.version());
        }
        TeamView before = view(team);
        team.dissolve(Dissolution.byDecision(input.decisionNumber(), input.decisionDate(), input.signer(), today()));
        return audited(team, "dissolve", before);
    }

    /** Members, active first, then by role and in Vietnamese order of names; {@code query} ignores accents. */
    public List<MemberView> members(String teamId, String query) {
        Collator collator = VietnameseText.collator();
        String folded = VietnameseText.fold(query);
        return require(teamId).members().stream()
                .filter(m -> folded.isEmpty() || VietnameseText.fold(m.person().fullName()).contains(folded))
                .sorted(Comparator.comparing((Member m) -> !m.isActive())
                        .thenComparing(Member::role)
                        .thenComparing(m -> m.person().fullName(), collator))
                .map(TeamViews::view).toList();
    }

    public MemberView addMember(String teamId, MemberInput input) {
        Validation.requireBody(input);
        Team team = require(teamId);
        MemberDetails details = details(input);
        requireNotInAnotherTeamOfItsLevel(team, details);
        Member member = team.addMember(details, size(team), today());
        em.flush();
        MemberView view = TeamViews.view(member);
        audit.record("team", team.id(), "add-member", null, view);
        return view;
    }

    public MemberView changeMember(String teamId, String memberId, Long ifMatch, MemberInput input) {
        Validation.requireBody(input);
        Team team = require(teamId);
        Member member = team.member(memberId);
        Versioned.check(ifMatch, member.version());
        MemberView before = TeamViews.view(member);
        MemberDetails details = details(input);
        requireNotInAnotherTeamOfItsLevel(team, details);
        team.changeMember(member, details, size(team));
        em.flush();
        MemberView after = TeamViews.view(member);
        audit.record("team", team.id(), "change-member", before, after);
        return after;
    }

    /** The teams, but dissolved ones, in which a member with this canonical phone is active. */
    public List<Team> teamsWithActiveMember(String phone) {
        return em.createQuery("SELECT DISTINCT m.team FROM Member m WHERE m.person.phone = :phone AND m.leftOn IS NULL"
                + " AND m.team.status <> :dissolved", Team.class)
                .setParameter("phone", phone).setParameter("dissolved", TeamStatus.DISSOLVED).getResultList();
    }

    /** One commune team and one village team per person, for direct edits of drafts as for requests. */
    private void requireNotInAnotherTeamOfItsLevel(Team team, MemberDetails details) {
        if (team.anotherOfItsLevelAmong(teamsWithActiveMember(details.phone()))) {
            new Validation().add("phone", "member.in-another-team", details.phone()).throwIfInvalid();
        }
    }

    public MemberView removeMember(String teamId, String memberId, Long ifMatch) {
        Team team = require(teamId);
        Member member = team.member(memberId);
        Versioned.check(ifMatch, member.version());
        MemberView before = TeamViews.view(member);
        team.removeMember(member, today());
        em.flush();
        MemberView after = TeamViews.view(member);
        audit.record("team", team.id(), "remove-member", before, after);
        return after;
    }

    /** A team the caller may see: a foreign one answers "not found" as an unknown one does. */
    public Team require(String id) {
        // With its unit in the same statement: every caller shows or checks the unit (one round trip fewer, P3).
        return covered(id == null ? null : em.createQuery("SELECT t FROM Team t JOIN FETCH t.unit WHERE t.id = :id",
                Team.class).setParameter("id", id).getResultStream().findFirst().orElse(null), id);
    }

    private Team covered(Team team, String id) {
        if (team == null) {
            throw DomainException.notFound("team.not-found", id);
        }
        jurisdiction.requireCovers(team.unit().path(), "team.not-found", id);
        return team;
    }

    public long memberVersion(String teamId, String memberId) {
        return require(teamId).member(memberId).version();
    }

    private static MemberDetails details(MemberInput input) {
        return MemberDetails.of(input.fullName(), input.phone(), input.position(), input.role(), input.profession());
    }

    private TeamView audited(Team team, String action, TeamView before) {
        em.flush();
        TeamView after = view(team);
        audit.record("team", team.id(), action, before, after);
        return after;
    }

    private TeamView view(Team team) {
        return TeamViews.view(team, size(team.unit().provinceCode()));
    }

    private TeamSize size(Team team) {
        return size(team.unit().provinceCode());
    }

    private TeamSize size(String provinceCode) {
        return TeamSize.of(units.parametersOf(provinceCode));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
