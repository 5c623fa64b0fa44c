/** Issuing bodies' names, document settings and the register, in transactions. */
package vn.cds.teams.documents.application;
