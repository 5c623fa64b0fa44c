/** Monthly reports, campaigns, the indicator catalogue and consolidations (R9-R16) as clients send and read them. */
package vn.cds.teams.api.reporting;
