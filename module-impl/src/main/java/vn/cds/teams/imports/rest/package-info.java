/** The REST resource that accepts a team-list file. */
package vn.cds.teams.imports.rest;
