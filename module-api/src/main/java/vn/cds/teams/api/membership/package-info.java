/** Requests to join (R7) or leave (R8) a team as clients send and read them, with their states. */
package vn.cds.teams.api.membership;
