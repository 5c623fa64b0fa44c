/** Team services: drafting, editing, establishing and listing teams within the caller's jurisdiction. */
package vn.cds.teams.registry.application;
