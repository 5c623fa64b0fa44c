package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.audit.application.AuditScope;

/** Consolidation runs started by people (entity=consolidation, id=unitCode/period): for those who see the unit. */
@ApplicationScoped
public class ConsolidationAuditScope implements AuditScope {

    @Inject
    ConsolidationService consolidations;

    @Override
    public String entityType() {
        return ConsolidationAudit.TYPE;
    }

    @Override
    public void requireVisible(String entityId) {
        consolidations.requireVisible(entityId);
    }
}
