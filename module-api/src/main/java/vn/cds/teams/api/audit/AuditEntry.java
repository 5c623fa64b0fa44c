package vn.cds.teams.api.audit;

import java.time.Instant;

/** One recorded change: who, with which roles, when, what, and the state before and after (JSON). */
public record AuditEntry(String id, String entityType, String entityId, String action, String principal,
                         String roles, Instant at, String before, String after) {
}
