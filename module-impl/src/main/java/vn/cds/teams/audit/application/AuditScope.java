package vn.cds.teams.audit.application;

/**
 * One kind of audited entity, provided by the feature that owns it: it decides whether the caller may see the
 * entity (and so its history), answering "not found" otherwise, as every read does.
 */
public interface AuditScope {

    String entityType();

    void requireVisible(String entityId);
}
