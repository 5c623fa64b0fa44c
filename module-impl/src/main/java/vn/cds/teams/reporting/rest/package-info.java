/** The REST resources of monthly reports, campaigns, indicators, consolidations and report downloads. */
package vn.cds.teams.reporting.rest;
