package vn.cds.teams.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.security.UnitPlaces;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.CataloguePlanner;
import vn.cds.teams.units.domain.ReorganisationPlanner;
import vn.cds.teams.units.domain.UnitChangePlan;
import vn.cds.teams.units.domain.UnitSnapshot;
import vn.cds.teams.units.domain.UnitSuccession;
import vn.cds.teams.units.domain.UnitsReorganised;
import vn.cds.teams.units.infrastructure.UnitFiles;

/**
 * Loads an official unit catalogue and applies a province's reorganisation: a dry run plans and reports, applying
 * carries out the same plan in one transaction, all or nothing, audited as one change. Both are idempotent.
 */
@ApplicationScoped
@Transactional
public class UnitChangeService {

    private static final String IN_FORCE = " (u.validFrom IS NULL OR u.validFrom <= :day)"
            + " AND (u.validTo IS NULL OR u.validTo >= :day)";

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    UnitPlaces places;

    @Inject
    AuditLog audit;

    @Inject
    Event<UnitsReorganised> reorganised;

    /** The plan, applied when asked and applicable. */
    public record Outcome(UnitChangePlan plan, boolean applied) {
    }

    /**
     * @param scope a province's code, or null for the whole country
     * @param from  the day the catalogue takes effect, or null
     */
    public Outcome loadCatalogue(String scope, LocalDate from, String fileName, byte[] content, boolean dryRun) {
        return loadCatalogue(scope, from, fileName, content, dryRun, null);
    }

    /**
     * @param actor who the audit trail names when the module loads by itself (the sample data), or null for the
     *              caller
     */
    public Outcome loadCatalogue(String scope, LocalDate from, String fileName, byte[] content, boolean dryRun,
                                 String actor) {
        var rows = UnitFiles.catalogue(content);
        LocalDate day = from == null ? units.today() : from;
        String scopeCode = scope == null || scope.isBlank() ? null : scope.strip();
        List<AdministrativeUnit> current;
        if (scopeCode == null) {
            current = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.level <> :village AND" + IN_FORCE,
                    AdministrativeUnit.class).setParameter("village", UnitLevel.VILLAGE).setParameter("day", day)
                    .getResultList();
        } else {
            List<AdministrativeUnit> province = em.createQuery("SELECT u FROM AdministrativeUnit u"
                    + " WHERE u.officialCode = :code AND u.level = :province AND" + IN_FORCE, AdministrativeUnit.class)
                    .setParameter("code", scopeCode).setParameter("province", UnitLevel.PROVINCE)
                    .setParameter("day", day).getResultList();
            current = province.isEmpty() ? List.of() : em.createQuery("SELECT u FROM AdministrativeUnit u"
                    + " WHERE u.path LIKE :path AND u.level <> :village AND" + IN_FORCE, AdministrativeUnit.class)
                    .setParameter("path", province.get(0).path() + "%").setParameter("village", UnitLevel.VILLAGE)
                    .setParameter("day", day).getResultList();
        }
        Map<String, AdministrativeUnit> byCode = byOfficialCode(current);
        Set<String> withVillages = from == null ? Set.of() : new HashSet<>(em.createQuery(
                "SELECT DISTINCT p.officialCode FROM AdministrativeUnit u, AdministrativeUnit p"
                        + " WHERE u.parentCode = p.code AND u.level = :village AND" + IN_FORCE, String.class)
                .setParameter("village", UnitLevel.VILLAGE).setParameter("day", day).getResultList());
        UnitChangePlan plan = CataloguePlanner.plan(rows, scopeCode, from, snapshots(byCode), withVillages);
        if (dryRun || !plan.applicable() || plan.changesNothing()) {
            return new Outcome(plan, false);
        }
        Set<String> taken = codesTaken();
        // Level by level, flushed in between: parents are plain keys, so the persistence provider does not know
        // to insert them first.
        for (UnitLevel level : List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE)) {
            for (UnitChangePlan.Step step : plan.steps(Action.CREATE)) {
                if (step.level() == level) {
                    AdministrativeUnit parent = step.otherCode() == null ? null : byCode.get(step.otherCode());
                    AdministrativeUnit unit = AdministrativeUnit.open(step.code(), step.name(), step.level(),
                            step.type(), parent, from, taken.contains(step.code()));
                    em.persist(unit);
                    byCode.put(step.code(), unit);
                }
            }
            em.flush();
        }
        plan.steps(Action.RENAME).forEach(s -> byCode.get(s.code()).rename(s.name()));
        plan.steps(Action.RETYPE).forEach(s -> byCode.get(s.code()).retype(s.type()));
        plan.steps(Action.CLOSE).forEach(s -> byCode.get(s.code()).close(from.minusDays(1)));
        em.flush();
        places.forget();
        record(actor, scopeCode == null ? "*" : scopeCode, "catalogue", summary(fileName, from, plan));
        return new Outcome(plan, true);
    }

    /**
     * @param placements where each village of a split commune goes: village code to new commune code
     */
    public Outcome reorganise(String provinceCode, UnitSuccession.Resolution resolution, String fileName,
                              byte[] content, Map<String, String> placements, boolean dryRun) {
        AdministrativeUnit province = units.require(provinceCode, resolution.effectiveOn());
        if (province.level() != UnitLevel.PROVINCE) {
            throw DomainException.notFound("unit.not-a-province", provinceCode);
        }
        return reorganise(province, resolution, fileName, content, placements, dryRun, null);
    }

    /**
     * The reorganisation of a province the module applies by itself (the sample data): no caller, so no
     * jurisdiction; the audit trail names the actor.
     */
    public Outcome reorganiseAsSystem(String actor, String provinceCode, UnitSuccession.Resolution resolution,
                                      String fileName, byte[] content, Map<String, String> placements,
                                      boolean dryRun) {
        AdministrativeUnit province = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.officialCode = :code"
                + " AND u.level = :province AND" + IN_FORCE, AdministrativeUnit.class)
                .setParameter("code", provinceCode).setParameter("province", UnitLevel.PROVINCE)
                .setParameter("day", resolution.effectiveOn()).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("unit.not-a-province", provinceCode));
        return reorganise(province, resolution, fileName, content, placements, dryRun, actor);
    }

    private Outcome reorganise(AdministrativeUnit province, UnitSuccession.Resolution resolution, String fileName,
                               byte[] content, Map<String, String> placements, boolean dryRun, String actor) {
        var rows = UnitFiles.merges(content);
        LocalDate effective = resolution.effectiveOn();
        LocalDate lastDay = effective.minusDays(1);
        String below = province.path() + "%";
        List<AdministrativeUnit> before = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.path LIKE :path"
                + " AND u.level IN :levels AND" + IN_FORCE, AdministrativeUnit.class)
                .setParameter("path", below).setParameter("levels", List.of(UnitLevel.DISTRICT, UnitLevel.COMMUNE))
                .setParameter("day", lastDay).getResultList();
        Map<String, AdministrativeUnit> beforeByCode = byOfficialCode(before);
        Map<String, AdministrativeUnit> opened = byOfficialCode(em.createQuery("SELECT u FROM AdministrativeUnit u"
                + " WHERE u.parentCode = :province AND u.level = :commune AND u.validFrom = :day",
                AdministrativeUnit.class).setParameter("province", province.code())
                .setParameter("commune", UnitLevel.COMMUNE).setParameter("day", effective).getResultList());
        List<AdministrativeUnit> villages = em.createQuery("SELECT u FROM AdministrativeUnit u"
                + " WHERE u.path LIKE :path AND u.level = :village AND" + IN_FORCE, AdministrativeUnit.class)
                .setParameter("path", below).setParameter("village", UnitLevel.VILLAGE)
                .setParameter("day", lastDay).getResultList();
        Map<String, String> codeOfKey = before.stream()
                .collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::officialCode));
        Map<String, List<UnitSnapshot>> villagesByCommune = new HashMap<>();
        villages.stream().filter(v -> codeOfKey.containsKey(v.parentCode())).forEach(v -> villagesByCommune
                .computeIfAbsent(codeOfKey.get(v.parentCode()), k -> new ArrayList<>()).add(UnitSnapshot.of(v)));
        List<String> beforeKeys = before.stream().map(AdministrativeUnit::code).toList();
        Set<String> successions = beforeKeys.isEmpty() ? Set.of() : em.createQuery("SELECT s FROM UnitSuccession s"
                + " WHERE s.effectiveOn = :day AND s.predecessorKey IN :keys", UnitSuccession.class)
                .setParameter("day", effective).setParameter("keys", beforeKeys).getResultStream()
                .map(s -> AdministrativeUnit.officialCodeOf(s.predecessorKey()) + ">"
                        + AdministrativeUnit.officialCodeOf(s.successorKey()))
                .collect(Collectors.toSet());
        // Read by entity name rather than through the registry, which itself depends on units.
        Set<String> withTeam = beforeKeys.isEmpty() ? Set.of() : em.createQuery("SELECT t.unit.officialCode"
                + " FROM Team t WHERE t.level = :commune AND t.status <> vn.cds.teams.api.registry.TeamStatus.DISSOLVED"
                + " AND t.unit.code IN :keys", String.class).setParameter("commune", UnitLevel.COMMUNE)
                .setParameter("keys", beforeKeys).getResultStream().collect(Collectors.toSet());
        var snapshot = new ReorganisationPlanner.Province(province.officialCode(), snapshots(beforeByCode),
                snapshots(opened), villagesByCommune, successions, withTeam);
        UnitChangePlan plan = ReorganisationPlanner.plan(rows, effective, snapshot, placements);
        if (dryRun || !plan.applicable() || plan.changesNothing()) {
            return new Outcome(plan, false);
        }
        Set<String> taken = codesTaken();
        Map<String, AdministrativeUnit> successors = new HashMap<>(opened);
        for (UnitChangePlan.Step step : plan.steps(Action.CREATE)) {
            AdministrativeUnit unit = AdministrativeUnit.open(step.code(), step.name(), UnitLevel.COMMUNE,
                    step.type(), province, effective, taken.contains(step.code()));
            em.persist(unit);
            successors.put(step.code(), unit);
        }
        // Units before what references them (keys are plain columns, the provider does not order them).
        em.flush();
        plan.steps(Action.CLOSE).forEach(s -> beforeByCode.get(s.code()).close(lastDay));
        for (UnitChangePlan.Step step : plan.steps(Action.SUCCEED)) {
            em.persist(UnitSuccession.of(beforeByCode.get(step.code()), successors.get(step.otherCode()),
                    step.part(), resolution));
        }
        Map<String, AdministrativeUnit> villageByCode = byOfficialCode(villages);
        Map<AdministrativeUnit, AdministrativeUnit> movedVillages = new LinkedHashMap<>();
        for (UnitChangePlan.Step step : plan.steps(Action.MOVE)) {
            AdministrativeUnit village = villageByCode.get(step.code());
            village.close(lastDay);
            AdministrativeUnit moved = AdministrativeUnit.open(village.officialCode(), village.name(),
                    UnitLevel.VILLAGE, village.type(), successors.get(step.otherCode()), effective, true);
            em.persist(moved);
            movedVillages.put(village, moved);
        }
        em.flush();
        List<UnitsReorganised.Move> moves = new ArrayList<>();
        movedVillages.forEach((village, moved) -> {
            em.persist(UnitSuccession.of(village, moved, UnitSuccession.FULL, resolution));
            moves.add(new UnitsReorganised.Move(village.code(), moved.code()));
        });
        em.flush();
        reorganised.fire(new UnitsReorganised(resolution, moves, plan.steps(Action.DISSOLVE).stream()
                .map(s -> beforeByCode.get(s.code()).code()).toList(), actor));
        em.flush();
        places.forget();
        Map<String, Object> summary = summary(fileName, effective, plan);
        summary.put("resolution", resolution.number());
        record(actor, province.officialCode(), "reorganisation", summary);
        return new Outcome(plan, true);
    }

    private void record(String actor, String entityId, String action, Map<String, Object> summary) {
        if (actor == null) {
            audit.record("unit", entityId, action, null, summary);
        } else {
            audit.recordBySystem(actor, "unit", entityId, action, summary);
        }
    }

    private Set<String> codesTaken() {
        return new HashSet<>(em.createQuery("SELECT DISTINCT u.officialCode FROM AdministrativeUnit u", String.class)
                .getResultList());
    }

    private static Map<String, AdministrativeUnit> byOfficialCode(List<AdministrativeUnit> units) {
        Map<String, AdministrativeUnit> map = new LinkedHashMap<>();
        units.forEach(u -> map.put(u.officialCode(), u));
        return map;
    }

    private static Map<String, UnitSnapshot> snapshots(Map<String, AdministrativeUnit> units) {
        Map<String, UnitSnapshot> map = new LinkedHashMap<>();
        units.forEach((code, u) -> map.put(code, UnitSnapshot.of(u)));
        return map;
    }

    private static Map<String, Object> summary(String fileName, LocalDate day, UnitChangePlan plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("file", fileName == null ? "" : fileName);
        summary.put("effectiveOn", day == null ? "" : day.toString());
        summary.put("rows", plan.rows());
        plan.counts().forEach((action, count) -> summary.put(action.name().toLowerCase(java.util.Locale.ROOT), count));
        return summary;
    }
}
