/** The REST resource that serves an entity's audit trail. */
package vn.cds.teams.audit.rest;
