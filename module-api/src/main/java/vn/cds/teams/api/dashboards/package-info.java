/** The officers' dashboards: reporting, establishment and activity of a unit month by month, as read. */
package vn.cds.teams.api.dashboards;
