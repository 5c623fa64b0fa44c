/** The REST resources of administrative units and rule parameters, and of the caller's own login with its top units. */
package vn.cds.teams.units.rest;
