/** The audit record: one change, who made it and the entity's state before and after. */
package vn.cds.teams.audit.domain;
