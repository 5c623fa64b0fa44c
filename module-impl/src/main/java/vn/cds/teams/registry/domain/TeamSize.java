package vn.cds.teams.registry.domain;

/** R4 as the province set it: a team keeps {@code minimum} to {@code maximum} members, leader and deputy included. */
public record TeamSize(int minimum, int maximum) {
}
