/**
 * What every resource shares: problem responses, localized messages, preconditions (If-Match), request hardening and
 * the caller's own endpoint.
 */
package vn.cds.teams.common.rest;
