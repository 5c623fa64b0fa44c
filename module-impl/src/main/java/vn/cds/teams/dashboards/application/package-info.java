/** Builds dashboards within the caller's jurisdiction; keeps the figures of closed, consolidated months. */
package vn.cds.teams.dashboards.application;
