/**
 * The request to join (R7) or leave (R8) a team and its state machine: filed, endorsed by the leader, decided by the
 * commune chairman.
 */
package vn.cds.teams.membership.domain;
