package vn.cds.teams.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cds.teams.api.audit.AuditEntry;
import vn.cds.teams.audit.domain.AuditRecord;
import vn.cds.teams.common.security.CurrentCaller;

/** Writes the audit trail in the same transaction as the change it records, and reads it back. */
@ApplicationScoped
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** @param before the state before (a view record) or null; @param after the state after or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, String entityId, String action, Object before, Object after) {
        em.persist(new AuditRecord(entityType, entityId, action, caller.name(), String.join(",", caller.roles()),
                before == null ? null : JSON.toJson(before), after == null ? null : JSON.toJson(after)));
    }

    /** For actions that run outside a transaction of their own, such as starting a batch job. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String entityType, String entityId, String action, Object before, Object after) {
        record(entityType, entityId, action, before, after);
    }

    /** For what the module does by itself (a timer, a watchdog): the actor names it, there are no roles. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordBySystem(String actor, String entityType, String entityId, String action, Object after) {
        em.persist(new AuditRecord(entityType, entityId, action, actor, "", null,
                after == null ? null : JSON.toJson(after)));
    }

    public List<AuditEntry> history(String entityType, String entityId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.entityType = :type AND a.entityId = :id"
                        + " ORDER BY a.recordedAt, a.id", AuditRecord.class)
                .setParameter("type", entityType).setParameter("id", entityId)
                .getResultStream()
                .map(a -> new AuditEntry(a.id(), a.entityType(), a.entityId(), a.action(), a.principal(), a.roles(),
                        a.recordedAt(), a.before(), a.after()))
                .toList();
    }
}
