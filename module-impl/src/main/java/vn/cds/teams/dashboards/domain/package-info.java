/** The months a dashboard covers and what it may say of each. */
package vn.cds.teams.dashboards.domain;
