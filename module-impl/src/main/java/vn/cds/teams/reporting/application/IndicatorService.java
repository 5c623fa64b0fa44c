package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cds.teams.api.reporting.IndicatorInput;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.reporting.domain.Indicator;

/** The indicator catalogue of monthly reports (R9, R10): read by every officer, edited by the province officer. */
@ApplicationScoped
@Transactional
public class IndicatorService {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The catalogue in its order; inactive ones only when asked for. */
    public List<IndicatorView> list(boolean includeInactive) {
        return em.createQuery("SELECT i FROM Indicator i ORDER BY i.sortOrder, i.code", Indicator.class)
                .getResultStream().filter(i -> includeInactive || i.active()).map(IndicatorService::view).toList();
    }

    public Set<String> activeCodes() {
        return list(false).stream().map(IndicatorView::code).collect(Collectors.toSet());
    }

    public IndicatorView get(String code) {
        return view(require(code));
    }

    /** Creates the indicator (without If-Match) or changes it (If-Match: its version). */
    public IndicatorView put(String code, Long ifMatch, IndicatorInput input) {
        Validation.requireBody(input);
        Indicator indicator = code == null ? null : em.find(Indicator.class, code.strip());
        if (indicator == null) {
            indicator = Indicator.create(code, input.name(), input.field(), input.sortOrder(), input.active());
            em.persist(indicator);
            em.flush();
            IndicatorView after = view(indicator);
            audit.record("indicator", indicator.code(), "create", null, after);
            return after;
        }
        Versioned.check(ifMatch, indicator.version());
        IndicatorView before = view(indicator);
        indicator.change(input.name(), input.field(), input.sortOrder(), input.active());
        em.flush();
        IndicatorView after = view(indicator);
        audit.record("indicator", indicator.code(), "update", before, after);
        return after;
    }

    private Indicator require(String code) {
        Indicator indicator = code == null ? null : em.find(Indicator.class, code.strip());
        if (indicator == null) {
            throw vn.cds.teams.common.domain.DomainException.notFound("indicator.not-found", code);
        }
        return indicator;
    }

    static IndicatorView view(Indicator i) {
        return new IndicatorView(i.code(), i.name(), i.field(), i.sortOrder(), i.active(), i.version());
    }
}
