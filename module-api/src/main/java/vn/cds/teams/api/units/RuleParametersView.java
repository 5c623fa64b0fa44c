package vn.cds.teams.api.units;

/** A province's rule parameters (R2, R4); the directive's values (5, 10, 5) until a province officer changes them. */
public record RuleParametersView(String provinceCode, int minTeamSize, int maxTeamSize, int villageTeamMinimum,
                                 long version) {
}
