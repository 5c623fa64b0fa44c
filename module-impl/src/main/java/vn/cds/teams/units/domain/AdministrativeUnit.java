package vn.cds.teams.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * A province, district, commune or village. The path ("/14/128/04048/") lists the codes from the province down:
 * jurisdiction is a path prefix, so "this unit and everything below it" is one indexed LIKE. The district level
 * is optional: a commune may hang straight under its province.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    @Id
    private String code;

    @Version
    private long version;

    private String name;

    @Column(name = "name_search")
    private String nameSearch;

    @Column(name = "name_sort")
    private String nameSort;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    private UnitLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    private String path;

    /** R2: this commune's own minimum of village teams (Quang Minh: 3), or null for the province's default. */
    @Column(name = "village_team_minimum")
    private Integer villageTeamMinimum;

    protected AdministrativeUnit() {
    }

    /** A unit under {@code parent} (null only for a province), checking the level fits under the parent's. */
    public static AdministrativeUnit create(String code, String name, UnitLevel level, AdministrativeUnit parent) {
        Validation validation = new Validation();
        String cleanCode = code == null ? null : code.strip();
        if (validation.required("code", cleanCode) && !cleanCode.matches("[0-9A-Za-z-]{1,20}")) {
            validation.add("code", "field.unit-code");
        }
        validation.required("level", level);
        validation.throwIfInvalid();
        if (level == UnitLevel.PROVINCE ? parent != null : parent == null || !fitsUnder(level, parent.level)) {
            throw DomainException.ruleViolation(null, "unit.bad-parent", level, parent == null ? "-" : parent.level);
        }
        AdministrativeUnit unit = new AdministrativeUnit();
        unit.code = cleanCode;
        unit.level = level;
        unit.parentCode = parent == null ? null : parent.code;
        unit.path = (parent == null ? "/" : parent.path) + cleanCode + "/";
        unit.rename(name);
        return unit;
    }

    private static boolean fitsUnder(UnitLevel level, UnitLevel parentLevel) {
        return switch (level) {
            case PROVINCE -> false;
            case DISTRICT -> parentLevel == UnitLevel.PROVINCE;
            case COMMUNE -> parentLevel == UnitLevel.PROVINCE || parentLevel == UnitLevel.DISTRICT;
            case VILLAGE -> parentLevel == UnitLevel.COMMUNE;
        };
    }

    public void rename(String newName) {
        String cleaned = VietnameseText.clean(newName);
        Validation validation = new Validation();
        if (validation.required("name", cleaned)) {
            validation.maxLength("name", cleaned, 200);
        }
        validation.throwIfInvalid();
        this.name = cleaned;
        this.nameSearch = VietnameseText.fold(cleaned);
        this.nameSort = VietnameseText.sortKey(cleaned);
    }

    public void setVillageTeamMinimum(Integer minimum) {
        if (minimum != null && (minimum < 0 || minimum > RuleParameters.MAX_VILLAGE_TEAM_MINIMUM
                || level != UnitLevel.COMMUNE)) {
            new Validation().add("villageTeamMinimum", "field.village-minimum").throwIfInvalid();
        }
        this.villageTeamMinimum = minimum;
    }

    /** The province's code: the first segment of the path. */
    public String provinceCode() {
        return provinceCodeOf(path);
    }

    /** The province's code of a unit path ("/14/128/04048/" is in province 14). */
    public static String provinceCodeOf(String path) {
        return path.substring(1, path.indexOf('/', 1));
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public UnitLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public String path() {
        return path;
    }

    /**
     * The least path that is neither {@code path} nor below it: every path below lies in [path, pathsBeyond(path))
     * when paths compare code unit by code unit (PostgreSQL's "C" collation, V6; H2's default).
     */
    public static String pathsBeyond(String path) {
        return path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1);
    }

    public Integer villageTeamMinimum() {
        return villageTeamMinimum;
    }
}
