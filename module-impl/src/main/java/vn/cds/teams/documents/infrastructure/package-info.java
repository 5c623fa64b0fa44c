/** Official documents: the issuing units' signing keys, read from the keystore the portal configures. */
package vn.cds.teams.documents.infrastructure;
