/**
 * Monthly reports, campaigns, the indicator catalogue, consolidations and their timers, and the official documents
 * (form F1, monthly report) as services.
 */
package vn.cds.teams.reporting.application;
