/** Types every resource shares: a page of results and the problem document (RFC 9457) that names a broken rule. */
package vn.cds.teams.api.common;
