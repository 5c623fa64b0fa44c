/** The REST resources of join and leave requests. */
package vn.cds.teams.membership.rest;
