package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.audit.application.AuditScope;

/** Monthly report histories (entity=monthly-report, id=communeCode/period): for those who see the commune. */
@ApplicationScoped
public class MonthlyReportAuditScope implements AuditScope {

    @Inject
    MonthlyReportService reports;

    @Override
    public String entityType() {
        return MonthlyReportService.AUDIT_TYPE;
    }

    @Override
    public void requireVisible(String entityId) {
        reports.requireVisible(entityId);
    }
}
