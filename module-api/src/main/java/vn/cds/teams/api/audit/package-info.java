/** The audit trail as clients read it: one entry per recorded change. */
package vn.cds.teams.api.audit;
