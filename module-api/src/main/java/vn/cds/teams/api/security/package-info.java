/** The module's roles, the caller as clients see them, and the jurisdiction SPI a portal may implement. */
package vn.cds.teams.api.security;
