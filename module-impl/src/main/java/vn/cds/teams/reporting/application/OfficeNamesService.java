package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cds.teams.api.reporting.OfficeNamesInput;
import vn.cds.teams.api.reporting.OfficeNamesView;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.reporting.domain.OfficeNames;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/** A province's names over time (programme, receiving offices), for its reports and pages. */
@ApplicationScoped
@Transactional
public class OfficeNamesService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    AuditLog audit;

    /** The names of the province with that key on that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficeNames on(String provinceKey, LocalDate day) {
        return OfficeNames.on(own(provinceKey), day);
    }

    /** The province's own periods, or the national timeline when it set none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeNamesView> list(String provinceCode) {
        List<OfficeNames> own = own(requireProvince(provinceCode).code());
        return (own.isEmpty() ? OfficeNames.NATIONAL : own).stream().map(OfficeNamesService::view).toList();
    }

    /** Replaces the province's periods (an empty list goes back to the national timeline); audited. */
    public List<OfficeNamesView> replace(String provinceCode, OfficeNamesInput input) {
        AdministrativeUnit province = requireProvince(provinceCode);
        Validation.requireBody(input);
        if (input.periods() == null) {
            new Validation().add("periods", "field.required").throwIfInvalid();
        }
        List<OfficeNames> periods = new ArrayList<>();
        for (int i = 0; i < input.periods().size(); i++) {
            OfficeNamesView p = input.periods().get(i);
            if (p == null) {
                new Validation().add("periods[" + i + "]", "field.required").throwIfInvalid();
            }
            periods.add(OfficeNames.of(province.code(), i, p.validFrom(), p.validTo(), p.programmeName(),
                    p.provinceOffice(), p.districtOffice(), p.communeOffice()));
        }
        List<OfficeNames> timeline = OfficeNames.timeline(periods);
        List<OfficeNamesView> before = list(provinceCode);
        own(province.code()).forEach(em::remove);
        em.flush();
        timeline.forEach(em::persist);
        em.flush();
        List<OfficeNamesView> after = list(provinceCode);
        audit.record("office-names", province.officialCode(), "update", before, after);
        return after;
    }

    private List<OfficeNames> own(String provinceKey) {
        return em.createQuery("SELECT n FROM OfficeNames n WHERE n.provinceCode = :province ORDER BY n.validFrom",
                OfficeNames.class).setParameter("province", provinceKey).getResultList();
    }

    private AdministrativeUnit requireProvince(String code) {
        AdministrativeUnit unit = units.require(code);
        if (unit.level() != UnitLevel.PROVINCE) {
            throw DomainException.notFound("unit.not-a-province", code);
        }
        return unit;
    }

    private static OfficeNamesView view(OfficeNames n) {
        return new OfficeNamesView(n.validFrom(), n.validTo(), n.programmeName(), n.provinceOffice(),
                n.districtOffice(), n.communeOffice());
    }
}
