/** Joining and leaving as transactions: each step of a request, locked against concurrent decisions. */
package vn.cds.teams.membership.application;
