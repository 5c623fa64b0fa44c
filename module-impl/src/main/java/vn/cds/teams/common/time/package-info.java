/** The module's one source of the current time and of Vietnam's calendar date, replaceable by tests. */
package vn.cds.teams.common.time;
