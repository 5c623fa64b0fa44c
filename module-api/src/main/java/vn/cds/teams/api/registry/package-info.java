/** Teams, their members and establishment decisions (R1-R6) as clients send and read them. */
package vn.cds.teams.api.registry;
