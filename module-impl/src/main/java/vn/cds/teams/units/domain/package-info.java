/** Administrative units and the rule parameters a province may set (R2, R4). */
package vn.cds.teams.units.domain;
