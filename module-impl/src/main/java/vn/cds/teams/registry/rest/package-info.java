/** The REST resources of teams and their members. */
package vn.cds.teams.registry.rest;
