/** The REST resource of administrative units and rule parameters. */
package vn.cds.teams.units.rest;
