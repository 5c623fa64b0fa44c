/** The dashboards' REST resource. */
package vn.cds.teams.dashboards.rest;
