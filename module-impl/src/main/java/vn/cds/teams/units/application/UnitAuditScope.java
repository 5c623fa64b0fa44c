package vn.cds.teams.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.audit.application.AuditScope;

/** Unit histories: for those whose jurisdiction covers the unit. */
@ApplicationScoped
public class UnitAuditScope implements AuditScope {

    @Inject
    UnitService units;

    @Override
    public String entityType() {
        return "unit";
    }

    @Override
    public void requireVisible(String entityId) {
        units.require(entityId);
    }
}
