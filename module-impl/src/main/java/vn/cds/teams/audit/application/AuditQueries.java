package vn.cds.teams.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cds.teams.api.audit.AuditEntry;
import vn.cds.teams.common.domain.Validation;

/** Reads an entity's history after its owning feature has checked that the caller may see the entity. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    @Inject
    Instance<AuditScope> scopes;

    @Inject
    AuditLog log;

    public List<AuditEntry> history(String entityType, String entityId) {
        Validation validation = new Validation();
        validation.required("entity", entityType);
        validation.required("id", entityId);
        validation.throwIfInvalid();
        AuditScope scope = scopes.stream().filter(s -> s.entityType().equals(entityType)).findFirst().orElse(null);
        if (scope == null) {
            new Validation().add("entity", "field.audit-entity").throwIfInvalid();
        }
        scope.requireVisible(entityId);
        return log.history(entityType, entityId);
    }
}
