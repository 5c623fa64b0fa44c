/**
 * Monthly reports and their calendar (R12), campaigns (R13, R14), indicators (R9, R10) and commendation proposals
 * (R16).
 */
package vn.cds.teams.reporting.domain;
