/** The document register and the units' document settings over HTTP. */
package vn.cds.teams.documents.rest;
