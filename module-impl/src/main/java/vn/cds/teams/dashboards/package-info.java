/**
 * Dashboards: a unit's reporting, activity and establishment at a glance, computed from the consolidations,
 * the monthly reports and the registry within the caller's jurisdiction.
 */
package vn.cds.teams.dashboards;
