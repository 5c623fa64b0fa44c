/** Writes the audit trail with each change and reads it back for callers who may see the entity. */
package vn.cds.teams.audit.application;
