/**
 * Administrative units (province, district, commune, village) and a province's rule parameters as clients send and
 * read them.
 */
package vn.cds.teams.api.units;
