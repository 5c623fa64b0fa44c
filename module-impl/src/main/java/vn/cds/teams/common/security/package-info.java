/**
 * Authentication (portal bearer tokens, sample users), the caller's roles and the jurisdiction that bounds every read
 * and write.
 */
package vn.cds.teams.common.security;
