/**
 * The outcome of importing a commune's team list (form F1): what was or would be changed, and the problems found row
 * by row.
 */
package vn.cds.teams.api.imports;
