/** Official documents as clients read them: the units' document settings and the register of issued documents. */
package vn.cds.teams.api.documents;
