package vn.cds.teams.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cds.teams.common.domain.Validation;

/**
 * A province's rule parameters, the directive's values by default: a team keeps 5 to 10 members (R4) and each
 * commune picks at least 5 villages for village teams (R2; a commune may set its own minimum on its unit).
 */
@Entity
@Table(name = "rule_parameters")
public class RuleParameters {

    public static final int DEFAULT_MIN_TEAM_SIZE = 5;
    public static final int DEFAULT_MAX_TEAM_SIZE = 10;
    public static final int DEFAULT_VILLAGE_TEAM_MINIMUM = 5;

    @Id
    @Column(name = "province_code")
    private String provinceCode;

    @Version
    private long version;

    @Column(name = "min_team_size")
    private int minTeamSize = DEFAULT_MIN_TEAM_SIZE;

    @Column(name = "max_team_size")
    private int maxTeamSize = DEFAULT_MAX_TEAM_SIZE;

    @Column(name = "village_team_minimum")
    private int villageTeamMinimum = DEFAULT_VILLAGE_TEAM_MINIMUM;

    protected RuleParameters() {
    }

    /** The directive's defaults for a province that has set nothing. */
    public static RuleParameters defaults(String provinceCode) {
        RuleParameters parameters = new RuleParameters();
        parameters.provinceCode = provinceCode;
        return parameters;
    }

    /** More village teams than any commune has villages (the largest have a few dozen) is a typing error. */
    public static final int MAX_VILLAGE_TEAM_MINIMUM = 500;

    public void change(int minTeamSize, int maxTeamSize, int villageTeamMinimum) {
        Validation validation = new Validation();
        if (minTeamSize < 1) {
            validation.add("minTeamSize", "field.min-team-size");
        }
        if (maxTeamSize < minTeamSize || maxTeamSize > 100) {
            validation.add("maxTeamSize", "field.max-team-size");
        }
        if (villageTeamMinimum < 0 || villageTeamMinimum > MAX_VILLAGE_TEAM_MINIMUM) {
            validation.add("villageTeamMinimum", "field.village-minimum");
        }
        validation.throwIfInvalid();
        this.minTeamSize = minTeamSize;
        this.maxTeamSize = maxTeamSize;
        this.villageTeamMinimum = villageTeamMinimum;
    }

    /** The village-team minimum of a commune (R2): its own if it has one, else the province's. */
    public int villageTeamMinimumOf(AdministrativeUnit commune) {
        return commune.villageTeamMinimum() != null ? commune.villageTeamMinimum() : villageTeamMinimum;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public long version() {
        return version;
    }

    public int minTeamSize() {
        return minTeamSize;
    }

    public int maxTeamSize() {
        return maxTeamSize;
    }

    public int villageTeamMinimum() {
        return villageTeamMinimum;
    }
}
