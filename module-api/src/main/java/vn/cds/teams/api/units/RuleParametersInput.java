package vn.cds.teams.api.units;

/**
 * A province's new rule parameters (R2, R4): team sizes and the default minimum of village teams per commune. All
 * three are required; the version goes in If-Match.
 */
public record RuleParametersInput(Integer minTeamSize, Integer maxTeamSize, Integer villageTeamMinimum) {
}
