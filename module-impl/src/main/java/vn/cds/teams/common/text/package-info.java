/**
 * Vietnamese text handling (NFC, accent-insensitive search, Vietnamese order) and phone numbers in one canonical form.
 */
package vn.cds.teams.common.text;
