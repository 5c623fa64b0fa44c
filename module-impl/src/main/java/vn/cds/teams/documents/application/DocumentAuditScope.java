package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.audit.application.AuditScope;

/** Issued documents' histories: for those who may see the issuing unit. */
@ApplicationScoped
public class DocumentAuditScope implements AuditScope {

    @Inject
    DocumentRegister register;

    @Override
    public String entityType() {
        return "document";
    }

    @Override
    public void requireVisible(String entityId) {
        register.require(entityId);
    }
}
