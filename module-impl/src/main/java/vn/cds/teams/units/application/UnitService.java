package vn.cds.teams.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cds.teams.api.units.RuleParametersInput;
import vn.cds.teams.api.units.RuleParametersView;
import vn.cds.teams.api.units.SuccessionView;
import vn.cds.teams.api.units.UnitInput;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitView;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.common.security.UnitPlaces;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;
import vn.cds.teams.units.domain.UnitSuccession;

/** Administrative units inside the caller's jurisdiction, and the provinces' rule parameters. */
@ApplicationScoped
@Transactional
public class UnitService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    UnitPlaces places;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The unit with this official code that the caller may see: the one in force today, else (a closed code) the
     * last one; a foreign or unknown one is "not found" alike. A unit's key ("04048~20250701") names that unit. Reads join the caller's transaction if there is one
     * and start none (one less commit for every read request, performance aim P3).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeUnit require(String code) {
        return require(code, null);
    }

    /** As {@link #require(String)}; with a day, the unit in force that day (none: not found). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeUnit require(String code, LocalDate on) {
        String clean = code == null ? null : code.strip();
        if (clean != null && clean.indexOf('~') > 0) {
            // A unit's own key (features pass it on internally): that unit, if in force on the day asked.
            AdministrativeUnit unit = em.find(AdministrativeUnit.class, clean);
            if (unit == null || on != null && !unit.isInForceOn(on)) {
                throw DomainException.notFound("unit.not-found", code);
            }
            jurisdiction.requireCovers(unit.path(), "unit.not-found", code);
            return unit;
        }
        List<AdministrativeUnit> lives = clean == null ? List.of() : em.createQuery(
                "SELECT u FROM AdministrativeUnit u WHERE u.officialCode = :code", AdministrativeUnit.class)
                .setParameter("code", clean).getResultList();
        AdministrativeUnit unit = on != null
                ? lives.stream().filter(u -> u.isInForceOn(on)).findFirst().orElse(null)
                : lives.stream().filter(u -> u.isInForceOn(today())).findFirst()
                        .orElse(lives.stream().max(LATEST).orElse(null));
        if (unit == null) {
            throw DomainException.notFound("unit.not-found", code);
        }
        jurisdiction.requireCovers(unit.path(), "unit.not-found", code);
        return unit;
    }

    /** The last of a code's units: the one that ended last (one still open ends last of all). */
    private static final Comparator<AdministrativeUnit> LATEST = Comparator.comparing(
            (AdministrativeUnit u) -> u.validTo() == null ? LocalDate.MAX : u.validTo());

    /** Today in Vietnam, by the module's clock: the day that says which units are in force. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Where a unit the caller may see sits in the tree, without reading the unit when its code names one unit only
     * (lists need no more); a code that several units have had is resolved by the day.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitPlaces.Place requirePlace(String code, LocalDate on) {
        List<UnitPlaces.Place> found = on != null || code == null ? List.of() : places.of(List.of(code.strip()));
        if (found.size() == 1) {
            UnitPlaces.Place place = found.get(0);
            jurisdiction.requireCovers(place.path(), "unit.not-found", code);
            return place;
        }
        AdministrativeUnit unit = require(code, on);
        return new UnitPlaces.Place(unit.officialCode(), unit.level(), unit.path());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code, LocalDate on) {
        return views(List.of(require(code, on))).get(0);
    }

    /**
     * The children of a unit in force on the day (today without one); without a parent, the top units of the
     * caller's jurisdiction.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> children(String parentCode, LocalDate on) {
        LocalDate day = on == null ? today() : on;
        String inForce = " AND (u.validFrom IS NULL OR u.validFrom <= :day) AND (u.validTo IS NULL OR u.validTo >= :day)";
        List<AdministrativeUnit> units;
        if (parentCode != null && !parentCode.isBlank()) {
            AdministrativeUnit parent = require(parentCode, on);
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.parentCode = :parent" + inForce
                    + " ORDER BY u.nameSort", AdministrativeUnit.class)
                    .setParameter("parent", parent.code()).setParameter("day", day).getResultList();
        } else if (jurisdiction.coversEverything()) {
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.parentCode IS NULL" + inForce
                    + " ORDER BY u.nameSort", AdministrativeUnit.class).setParameter("day", day).getResultList();
        } else if (jurisdiction.pathPrefixes().isEmpty()) {
            units = List.of();
        } else {
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.path IN :paths" + inForce
                    + " ORDER BY u.nameSort", AdministrativeUnit.class)
                    .setParameter("paths", jurisdiction.pathPrefixes()).setParameter("day", day).getResultList();
        }
        return views(units);
    }

    public UnitView create(UnitInput input) {
        Validation.requireBody(input);
        AdministrativeUnit parent = null;
        if (input.parentCode() != null && !input.parentCode().isBlank()) {
            parent = require(input.parentCode(), input.validFrom());
        }
        String code = input.code() == null ? null : input.code().strip();
        List<AdministrativeUnit> lives = code == null ? List.of() : em.createQuery(
                "SELECT u FROM AdministrativeUnit u WHERE u.officialCode = :code", AdministrativeUnit.class)
                .setParameter("code", code).getResultList();
        // Without a first day of its own, a unit begins with its parent (a village made today under a new commune).
        LocalDate from = input.validFrom() != null || parent == null ? input.validFrom() : parent.validFrom();
        LocalDate day = from == null ? today() : from;
        if (lives.stream().anyMatch(u -> u.validTo() == null || !u.validTo().isBefore(day))) {
            throw DomainException.conflict("unit.exists", code);
        }
        if (parent != null && !parent.isInForceOn(day)) {
            throw DomainException.ruleViolation(null, "unit.parent-not-in-force", parent.officialCode(), day);
        }
        AdministrativeUnit unit = AdministrativeUnit.open(code, input.name(), input.level(), input.type(), parent,
                from, !lives.isEmpty());
        unit.setVillageTeamMinimum(input.villageTeamMinimum());
        em.persist(unit);
        em.flush();
        UnitView view = views(List.of(unit)).get(0);
        audit.record("unit", unit.officialCode(), "create", null, view);
        places.forget();
        return view;
    }

    /** Renames a unit or sets a commune's own R2 minimum; the code, level and parent never change. */
    public UnitView update(String code, Long ifMatch, UnitInput input) {
        Validation.requireBody(input);
        AdministrativeUnit unit = require(code);
        if (!unit.isInForceOn(today())) {
            throw DomainException.conflict("unit.closed-unchanged", unit.officialCode(), unit.validTo());
        }
        Versioned.check(ifMatch, unit.version());
        UnitView before = views(List.of(unit)).get(0);
        // Code, level and parent place a unit in the tree that every path, team and report hangs on: they are
        // set once (a unit that moves is a new unit), and a changed one is refused rather than ignored.
        Validation fixed = new Validation();
        if (input.code() != null && !input.code().strip().equals(unit.officialCode())) {
            fixed.add("code", "field.immutable");
        }
        if (input.level() != null && input.level() != unit.level()) {
            fixed.add("level", "field.immutable");
        }
        if (input.parentCode() != null && (unit.parentCode() == null
                || !input.parentCode().strip().equals(AdministrativeUnit.officialCodeOf(unit.parentCode())))) {
            fixed.add("parentCode", "field.immutable");
        }
        fixed.throwIfInvalid();
        unit.rename(input.name());
        unit.retype(input.type());
        unit.setVillageTeamMinimum(input.villageTeamMinimum());
        em.flush();
        UnitView after = views(List.of(unit)).get(0);
        audit.record("unit", code, "update", before, after);
        return after;
    }

    public long version(String code) {
        return require(code).version();
    }

    /** The rule parameters in force for the province of a unit: the stored ones or the directive's defaults. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleParameters parametersOf(String provinceCode) {
        RuleParameters stored = em.find(RuleParameters.class, provinceCode);
        return stored != null ? stored : RuleParameters.defaults(provinceCode);
    }

    public RuleParametersView parameters(String provinceCode) {
        return view(parametersOf(requireProvince(provinceCode).code()));
    }

    public RuleParametersView changeParameters(String provinceCode, Long ifMatch, RuleParametersInput input) {
        AdministrativeUnit province = requireProvince(provinceCode);
        Validation.requireBody(input);
        Validation validation = new Validation();
        validation.required("minTeamSize", input.minTeamSize());
        validation.required("maxTeamSize", input.maxTeamSize());
        validation.required("villageTeamMinimum", input.villageTeamMinimum());
        validation.throwIfInvalid();
        RuleParameters parameters = em.find(RuleParameters.class, province.code());
        boolean stored = parameters != null;
        if (!stored) {
            parameters = RuleParameters.defaults(province.code());
        }
        Versioned.check(ifMatch, parameters.version());
        RuleParametersView before = view(parameters);
        parameters.change(input.minTeamSize(), input.maxTeamSize(), input.villageTeamMinimum());
        if (!stored) {
            em.persist(parameters);
        }
        em.flush();
        RuleParametersView after = view(parameters);
        audit.record("rule-parameters", province.code(), "update", before, after);
        return after;
    }

    private AdministrativeUnit requireProvince(String code) {
        AdministrativeUnit unit = require(code);
        if (unit.level() != UnitLevel.PROVINCE) {
            throw DomainException.notFound("unit.not-a-province", code);
        }
        return unit;
    }

    private static RuleParametersView view(RuleParameters p) {
        return new RuleParametersView(p.provinceCode(), p.minTeamSize(), p.maxTeamSize(), p.villageTeamMinimum(),
                p.version());
    }

    /** Views with their successions and, for the communes among them, R2 figures, in a few queries. */
    private List<UnitView> views(List<AdministrativeUnit> units) {
        List<String> communes = units.stream().filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(AdministrativeUnit::code).toList();
        Map<String, Long> villageTeams = new HashMap<>();
        if (!communes.isEmpty()) {
            // Counted here by entity name rather than through the registry, which itself depends on units.
            em.createQuery("SELECT t.commune.code, COUNT(t) FROM Team t WHERE t.level = :village"
                    + " AND t.status <> vn.cds.teams.api.registry.TeamStatus.DISSOLVED"
                    + " AND t.commune.code IN :communes GROUP BY t.commune.code", Object[].class)
                    .setParameter("village", UnitLevel.VILLAGE).setParameter("communes", communes)
                    .getResultList().forEach(row -> villageTeams.put((String) row[0], (Long) row[1]));
        }
        Successions successions = successions(units.stream().map(AdministrativeUnit::code).toList());
        Map<String, RuleParameters> parameters = new HashMap<>();
        return units.stream().map(u -> {
            Integer count = null;
            Integer minimum = null;
            if (u.level() == UnitLevel.COMMUNE) {
                minimum = parameters.computeIfAbsent(u.provinceCode(), this::parametersOf).villageTeamMinimumOf(u);
                count = villageTeams.getOrDefault(u.code(), 0L).intValue();
            }
            return new UnitView(u.officialCode(), u.name(), u.level(), u.type(),
                    AdministrativeUnit.officialCodeOf(u.parentCode()), u.validFrom(), u.validTo(),
                    successions.predecessors(u.code()), successions.successors(u.code()),
                    count, minimum, count == null ? null : count < minimum);
        }).toList();
    }

    /** The successions of some units, with the units on their other side. */
    private record Successions(List<UnitSuccession> all, Map<String, AdministrativeUnit> units) {

        List<SuccessionView> predecessors(String key) {
            return all.stream().filter(s -> s.successorKey().equals(key))
                    .map(s -> view(s, units.get(s.predecessorKey()))).toList();
        }

        List<SuccessionView> successors(String key) {
            return all.stream().filter(s -> s.predecessorKey().equals(key))
                    .map(s -> view(s, units.get(s.successorKey()))).toList();
        }

        private static SuccessionView view(UnitSuccession s, AdministrativeUnit other) {
            return new SuccessionView(other.officialCode(), other.name(), other.validFrom(), other.validTo(), s.part(),
                    s.effectiveOn(), s.resolutionNumber(), s.resolutionDate(),
                    AdministrativeUnit.officialCodeOf(other.parentCode()));
        }
    }

    private Successions successions(List<String> keys) {
        if (keys.isEmpty()) {
            return new Successions(List.of(), Map.of());
        }
        List<UnitSuccession> all = em.createQuery("SELECT s FROM UnitSuccession s WHERE s.successorKey IN :keys"
                + " OR s.predecessorKey IN :keys ORDER BY s.effectiveOn, s.predecessorKey, s.successorKey",
                UnitSuccession.class).setParameter("keys", keys).getResultList();
        if (all.isEmpty()) {
            return new Successions(all, Map.of());
        }
        Set<String> others = new HashSet<>();
        all.forEach(s -> {
            others.add(s.predecessorKey());
            others.add(s.successorKey());
        });
        Map<String, AdministrativeUnit> units = new HashMap<>();
        em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.code IN :keys", AdministrativeUnit.class)
                .setParameter("keys", others).getResultList().forEach(u -> units.put(u.code(), u));
        return new Successions(all, units);
    }
}
