/** The JAX-RS application: the REST API under /cds/api/v1; each feature lives in a sub-package of its own. */
package vn.cds.teams;
