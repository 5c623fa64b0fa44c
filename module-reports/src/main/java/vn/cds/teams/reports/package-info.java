/** JasperReports rendering of form F1 and the monthly report as PDF or XLSX, from plain rows (no JPA). */
package vn.cds.teams.reports;
