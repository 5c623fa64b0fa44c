package vn.cds.teams.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change: who (principal and roles), when, what, and the entity's state before and after as JSON. */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    private String id;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String action;

    private String principal;

    private String roles;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "before_state")
    private String before;

    @Column(name = "after_state")
    private String after;

    protected AuditRecord() {
    }

    public AuditRecord(String entityType, String entityId, String action, String principal, String roles,
                       String before, String after) {
        this.id = UUID.randomUUID().toString();
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.principal = principal;
        this.roles = roles;
        this.recordedAt = Instant.now();
        this.before = before;
        this.after = after;
    }

    public String id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String action() {
        return action;
    }

    public String principal() {
        return principal;
    }

    public String roles() {
        return roles;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
