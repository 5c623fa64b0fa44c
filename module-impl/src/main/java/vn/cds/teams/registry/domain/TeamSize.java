package vn.cds.teams.registry.domain;

import vn.cds.teams.units.domain.RuleParameters;

/** R4 as the province set it: a team keeps {@code minimum} to {@code maximum} members, leader and deputy included. */
public record TeamSize(int minimum, int maximum) {

    /** The sizes a province's rule parameters set (or the directive's, for parameters by default). */
    public static TeamSize of(RuleParameters parameters) {
        return new TeamSize(parameters.minTeamSize(), parameters.maxTeamSize());
    }
}
