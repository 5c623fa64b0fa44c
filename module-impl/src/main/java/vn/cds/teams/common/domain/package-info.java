/**
 * Building blocks of every feature's domain: the domain exception that names a broken rule, field validation, paging
 * and optimistic versions.
 */
package vn.cds.teams.common.domain;
