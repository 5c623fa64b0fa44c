/** Imports a commune's team list (form F1) as a dry run or in one transaction. */
package vn.cds.teams.imports.application;
