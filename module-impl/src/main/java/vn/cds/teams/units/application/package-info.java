/**
 * Administrative unit services: the tree within the caller's jurisdiction, renaming, a commune's village-team minimum
 * and the province's rule parameters.
 */
package vn.cds.teams.units.application;
