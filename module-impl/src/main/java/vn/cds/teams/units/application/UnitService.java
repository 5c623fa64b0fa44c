package vn.cds.teams.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cds.teams.api.units.RuleParametersInput;
import vn.cds.teams.api.units.RuleParametersView;
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

    /**
     * A unit the caller may see; a foreign or unknown one is "not found" alike. Reads join the caller's transaction
     * if there is one and start none (one less commit for every read request, performance aim P3).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdministrativeUnit require(String code) {
        AdministrativeUnit unit = code == null ? null : em.find(AdministrativeUnit.class, code.strip());
        if (unit == null) {
            throw DomainException.notFound("unit.not-found", code);
        }
        jurisdiction.requireCovers(unit.path(), "unit.not-found", code);
        return unit;
    }

    /** Where a unit the caller may see sits in the tree, without reading the unit (lists need no more). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitPlaces.Place requirePlace(String code) {
        UnitPlaces.Place place = places.of(code == null ? null : code.strip())
                .orElseThrow(() -> DomainException.notFound("unit.not-found", code));
        jurisdiction.requireCovers(place.path(), "unit.not-found", code);
        return place;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(String code) {
        return views(List.of(require(code))).get(0);
    }

    /** The children of a unit; without a parent, the top units of the caller's jurisdiction. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> children(String parentCode) {
        List<AdministrativeUnit> units;
        if (parentCode != null && !parentCode.isBlank()) {
            AdministrativeUnit parent = require(parentCode);
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.parentCode = :parent"
                    + " ORDER BY u.nameSort", AdministrativeUnit.class)
                    .setParameter("parent", parent.code()).getResultList();
        } else if (jurisdiction.coversEverything()) {
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.parentCode IS NULL ORDER BY u.nameSort",
                    AdministrativeUnit.class).getResultList();
        } else if (jurisdiction.pathPrefixes().isEmpty()) {
            units = List.of();
        } else {
            units = em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.path IN :paths ORDER BY u.nameSort",
                    AdministrativeUnit.class).setParameter("paths", jurisdiction.pathPrefixes()).getResultList();
        }
        return views(units);
    }

    public UnitView create(UnitInput input) {
        Validation.requireBody(input);
        AdministrativeUnit parent = null;
        if (input.parentCode() != null && !input.parentCode().isBlank()) {
            parent = require(input.parentCode());
        }
        AdministrativeUnit unit = AdministrativeUnit.create(input.code(), input.name(), input.level(), parent);
        if (em.find(AdministrativeUnit.class, unit.code()) != null) {
            throw DomainException.conflict("unit.exists", unit.code());
        }
        unit.setVillageTeamMinimum(input.villageTeamMinimum());
        em.persist(unit);
        em.flush();
        UnitView view = views(List.of(unit)).get(0);
        audit.record("unit", unit.code(), "create", null, view);
        return view;
    }

    /** Renames a unit or sets a commune's own R2 minimum; the code, level and parent never change. */
    public UnitView update(String code, Long ifMatch, UnitInput input) {
        Validation.requireBody(input);
        AdministrativeUnit unit = require(code);
        Versioned.check(ifMatch, unit.version());
        UnitView before = views(List.of(unit)).get(0);
        // Code, level and parent place a unit in the tree that every path, team and report hangs on: they are
        // set once (a unit that moves is a new unit), and a changed one is refused rather than ignored.
        Validation fixed = new Validation();
        if (input.code() != null && !input.code().strip().equals(unit.code())) {
            fixed.add("code", "field.immutable");
        }
        if (input.level() != null && input.level() != unit.level()) {
            fixed.add("level", "field.immutable");
        }
        if (input.parentCode() != null && !input.parentCode().strip().equals(unit.parentCode())) {
            fixed.add("parentCode", "field.immutable");
        }
        fixed.throwIfInvalid();
        unit.rename(input.name());
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

    /** Views with R2 figures for the communes among them, counted in one query. */
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
        Map<String, RuleParameters> parameters = new HashMap<>();
        return units.stream().map(u -> {
            if (u.level() != UnitLevel.COMMUNE) {
                return new UnitView(u.code(), u.name(), u.level(), u.parentCode(), null, null, null);
            }
            int minimum = parameters.computeIfAbsent(u.provinceCode(), this::parametersOf).villageTeamMinimumOf(u);
            int count = villageTeams.getOrDefault(u.code(), 0L).intValue();
            return new UnitView(u.code(), u.name(), u.level(), u.parentCode(), count, minimum, count < minimum);
        }).toList();
    }
}
