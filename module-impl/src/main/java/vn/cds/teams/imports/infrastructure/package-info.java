/** Reads XLSX and CSV files into rows, streaming and within limits. */
package vn.cds.teams.imports.infrastructure;
