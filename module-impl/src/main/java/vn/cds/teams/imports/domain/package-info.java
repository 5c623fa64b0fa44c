/**
 * Reading form F1's columns and matching its rows to the commune's units and teams, as a plan of changes and problems.
 */
package vn.cds.teams.imports.domain;
