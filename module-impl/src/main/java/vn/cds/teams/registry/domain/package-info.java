/**
 * The team aggregate and its members, where R1 and R3-R8 hold: size, roles, establishment decision and changes of
 * membership.
 */
package vn.cds.teams.registry.domain;
