/** Sample-data mode: a province, district, communes and demo users loaded at start-up for demonstrations. */
package vn.cds.teams.sample;
