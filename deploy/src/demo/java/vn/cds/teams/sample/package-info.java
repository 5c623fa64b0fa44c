/** The demo WAR's sample data (Sơn La's units, teams and reports) and its demo users, loaded at start-up. */
package vn.cds.teams.sample;
