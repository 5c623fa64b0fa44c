package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cds.teams.api.reporting.CampaignInput;
import vn.cds.teams.api.reporting.CampaignView;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.reporting.domain.Campaign;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** Reporting campaigns of provinces and districts (R13, R14), managed by the province officer. */
@ApplicationScoped
@Transactional
public class CampaignService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    AuditLog audit;

    /** Campaigns of a unit, of the units above it and below it that the caller sees, by start date. */
    public List<CampaignView> list(String unitCode) {
        Validation validation = new Validation();
        validation.required("unit", unitCode);
        validation.throwIfInvalid();
        AdministrativeUnit unit = units.require(unitCode);
        // The unit's own and its ancestors' campaigns (they apply to it), and those below it in the jurisdiction:
        // filtered in the query, never after loading.
        List<String> ancestors = new java.util.ArrayList<>();
        for (int slash = unit.path().indexOf('/', 1); slash > 0; slash = unit.path().indexOf('/', slash + 1)) {
            ancestors.add(unit.path().substring(0, slash + 1));
        }
        Jurisdiction.Restriction below = jurisdiction.restrict("c.unitPath");
        return below.bind(em.createQuery("SELECT c FROM Campaign c WHERE c.unitPath IN :ancestors"
                        + " OR (c.unitPath LIKE :below AND " + below.condition() + ") ORDER BY c.startsOn, c.id",
                        Campaign.class))
                .setParameter("ancestors", ancestors).setParameter("below", unit.path() + "%")
                .getResultStream().map(Campaign::view).toList();
    }

    public CampaignView create(CampaignInput input) {
        Validation.requireBody(input);
        Validation validation = new Validation();
        validation.required("unitCode", input.unitCode());
        validation.throwIfInvalid();
        AdministrativeUnit unit = units.require(input.unitCode());
        if (unit.level() != UnitLevel.PROVINCE && unit.level() != UnitLevel.DISTRICT) {
            new Validation().add("unitCode", "field.campaign-unit").throwIfInvalid();
        }
        Campaign campaign = Campaign.create(unit, input);
        em.persist(campaign);
        em.flush();
        CampaignView after = campaign.view();
        audit.record("campaign", campaign.id(), "create", null, after);
        return after;
    }

    public CampaignView update(String id, Long ifMatch, CampaignInput input) {
        Validation.requireBody(input);
        Campaign campaign = require(id);
        Versioned.check(ifMatch, campaign.version());
        CampaignView before = campaign.view();
        // A campaign stays with the unit that made it: a different unit is a new campaign, never a silent no-op.
        if (input.unitCode() != null && !input.unitCode().strip().equals(campaign.unitCode())) {
            new Validation().add("unitCode", "field.immutable").throwIfInvalid();
        }
        campaign.change(input);
        em.flush();
        CampaignView after = campaign.view();
        audit.record("campaign", campaign.id(), "update", before, after);
        return after;
    }

    public CampaignView get(String id) {
        return require(id).view();
    }

    private Campaign require(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            new Validation().add("id", "field.id").throwIfInvalid();
        }
        Campaign campaign = id == null ? null : em.find(Campaign.class, id);
        if (campaign == null || !jurisdiction.covers(campaign.unitPath())) {
            throw DomainException.notFound("campaign.not-found", id);
        }
        return campaign;
    }
}
