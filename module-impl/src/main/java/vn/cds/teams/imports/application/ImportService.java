package vn.cds.teams.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cds.teams.api.imports.ImportReport.Action;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.imports.domain.CommuneSnapshot;
import vn.cds.teams.imports.domain.ImportPlan;
import vn.cds.teams.imports.domain.ImportPlanner;
import vn.cds.teams.imports.domain.ListHeader;
import vn.cds.teams.imports.domain.ListRow;
import vn.cds.teams.imports.infrastructure.ListFileReader;
import vn.cds.teams.registry.domain.Member;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;

/**
 * Imports a commune's team list (form F1 as XLSX or CSV): a dry run tells row by row what would change and what is
 * wrong; applying runs the same plan in one transaction, all or nothing, and is audited as one import.
 */
@ApplicationScoped
@Transactional
public class ImportService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    AuditLog audit;

    /** The plan, applied when asked and free of problems. */
    public record Outcome(ImportPlan plan, boolean applied) {
    }

    public Outcome importList(String communeCode, String fileName, byte[] content, boolean dryRun) {
        AdministrativeUnit commune = units.require(communeCode);
        if (commune.level() != UnitLevel.COMMUNE) {
            throw DomainException.invalid(List.of(new FieldViolation("unit", "import.commune-only", commune.name())));
        }
        List<ListRow> rows = rows(ListFileReader.read(content));
        RuleParameters parameters = units.parametersOf(commune.provinceCode());
        ImportPlan plan = ImportPlanner.plan(rows, snapshot(commune, parameters.maxTeamSize(), rows));
        if (dryRun || plan.hasProblems()) {
            return new Outcome(plan, false);
        }
        apply(plan, commune, TeamSize.of(parameters));
        audit.record("import", commune.code(), "import", null, Map.of("file", fileName == null ? "" : fileName,
                "rows", plan.rows(),
                "created", plan.steps().stream().filter(s -> s.action() == Action.CREATE).count(),
                "updated", plan.steps().stream().filter(s -> s.action() == Action.UPDATE).count()));
        return new Outcome(plan, true);
    }

    /**
     * The data rows under the first row that names the F1 columns, down to the document's footer ("Nơi nhận:" and
     * the signature block, Decree 30/2020); the title rows above the header are skipped.
     */
    private static List<ListRow> rows(List<ListFileReader.RawRow> raw) {
        ListHeader header = null;
        List<ListRow> rows = new ArrayList<>();
        for (ListFileReader.RawRow row : raw) {
            if (header == null) {
                header = ListHeader.of(row.number(), row.cells()).orElse(null);
                continue;
            }
            if (ListHeader.startsFooter(row.cells())) {
                break;
            }
            header.read(row.number(), row.cells()).ifPresent(rows::add);
        }
        if (header == null) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "import.no-header")));
        }
        return rows;
    }

    private CommuneSnapshot snapshot(AdministrativeUnit commune, int maxTeamSize, List<ListRow> rows) {
        List<CommuneSnapshot.Unit> villages = em.createQuery(
                "SELECT u FROM AdministrativeUnit u WHERE u.parentCode = :commune", AdministrativeUnit.class)
                .setParameter("commune", commune.code()).getResultStream()
                .map(u -> new CommuneSnapshot.Unit(u.code(), u.name())).toList();
        Map<String, CommuneSnapshot.TeamState> teams = teamsOf(commune).stream().collect(Collectors.toMap(
                t -> t.unit().code(), t -> new CommuneSnapshot.TeamState(t.id(), t.name(), t.status() == TeamStatus.DRAFT,
                        t.memberCount(), leader(t).map(ImportService::person).orElse(null))));
        return new CommuneSnapshot(new CommuneSnapshot.Unit(commune.code(), commune.name()), villages, teams,
                maxTeamSize, teamsOfPhones(rows));
    }

    /** For the phones the rows name, the teams (not dissolved, anywhere) in which that person is active. */
    private Map<String, List<CommuneSnapshot.TeamOfPerson>> teamsOfPhones(List<ListRow> rows) {
        Set<String> phones = rows.stream().map(r -> ImportPlanner.canonicalPhone(r.phone())).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<String, List<CommuneSnapshot.TeamOfPerson>> teams = new HashMap<>();
        if (phones.isEmpty()) {
            return teams;
        }
        em.createQuery("SELECT m.person.phone, m.team.unit.code, m.team.level FROM Member m"
                        + " WHERE m.person.phone IN :phones AND m.leftOn IS NULL AND m.team.status <> :dissolved",
                        Object[].class)
                .setParameter("phones", phones).setParameter("dissolved", TeamStatus.DISSOLVED).getResultStream()
                .forEach(r -> teams.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(
                        new CommuneSnapshot.TeamOfPerson((String) r[1], r[2] == UnitLevel.COMMUNE)));
        return teams;
    }

    private void apply(ImportPlan plan, AdministrativeUnit commune, TeamSize size) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Team> teams = teamsOf(commune).stream().collect(Collectors.toMap(t -> t.unit().code(),
                Function.identity()));
        for (ImportPlan.Step step : plan.steps()) {
            if (step.action() == Action.CREATE) {
                Team team = Team.draft(em.find(AdministrativeUnit.class, step.unitCode()), commune, step.teamName(), null);
                if (step.leader() != null) {
                    team.addMember(details(step.leader()), size, today);
                }
                em.persist(team);
                em.flush();
                audit.record("team", team.id(), "import-create", null, step.teamName());
            } else if (step.action() == Action.UPDATE) {
                Team team = teams.get(step.unitCode());
                String before = leader(team).map(m -> m.person().fullName()).orElse(null);
                setLeader(team, step.leader(), size, today);
                em.flush();
                audit.record("team", team.id(), "import-update", before,
                        step.leader() == null ? null : step.leader().name());
            }
        }
    }

    /** The new leader replaces the old (who leaves, keeping the record); a member already in the team is promoted. */
    private static void setLeader(Team team, CommuneSnapshot.Person person, TeamSize size, LocalDate today) {
        Optional<Member> current = leader(team);
        if (current.isPresent() && person != null && current.get().person().hasPhone(person.phone())) {
            team.changeMember(current.get(), details(person), size);
            return;
        }
        current.ifPresent(m -> team.removeMember(m, today));
        if (person == null) {
            return;
        }
        Optional<Member> existing = team.members().stream()
                .filter(m -> m.isActive() && m.person().hasPhone(person.phone())).findFirst();
        if (existing.isPresent()) {
            team.changeMember(existing.get(), details(person), size);
        } else {
            team.addMember(details(person), size, today);
        }
    }

    private List<Team> teamsOf(AdministrativeUnit commune) {
        return em.createQuery("SELECT t FROM Team t WHERE t.commune.code = :commune AND t.status <> :dissolved",
                Team.class).setParameter("commune", commune.code()).setParameter("dissolved", TeamStatus.DISSOLVED)
                .getResultList();
    }

    private static Optional<Member> leader(Team team) {
        return team.members().stream().filter(m -> m.isActive() && m.role() == MemberRole.LEADER).findFirst();
    }

    private static CommuneSnapshot.Person person(Member m) {
        return new CommuneSnapshot.Person(m.person().fullName(), m.person().phone(), m.person().position());
    }

    private static MemberDetails details(CommuneSnapshot.Person person) {
        return MemberDetails.of(person.name(), person.phone(), person.position(), MemberRole.LEADER, Profession.OTHER);
    }
}
