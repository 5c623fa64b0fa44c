package vn.cds.teams.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * A province, district, commune or village. The path ("/14/128/04048/") lists the codes from the province down:
 * jurisdiction is a path prefix, so "this unit and everything below it" is one indexed LIKE. The district level
 * is optional: a commune may hang straight under its province.
 *
 * <p>A unit has a life: it is in force from {@code validFrom} (null: since before the records) to {@code validTo}
 * (null: still). A successor may reuse an official code (old and new "Xã Vân Hồ" are both 04048), so the identity
 * of a unit, {@link #code()}, is its key: the official code for the first unit with that code, and
 * "{@code <code>~<yyyyMMdd>}" (its first day) for a later one. Paths are made of keys, so each unit has its own.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

    /** The key (see the class comment); every other table references it. */
    @Id
    private String code;

    @Column(name = "official_code")
    private String officialCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    private UnitType type;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

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

    /** A unit under {@code parent} (null only for a province), in force since before the records, keyed by its code. */
    public static AdministrativeUnit create(String code, String name, UnitLevel level, AdministrativeUnit parent) {
        return open(code, name, level, null, parent, null, false);
    }

    /**
     * A unit under {@code parent} (null only for a province) from {@code validFrom}, checking the level fits under the
     * parent's and the type fits the level (by default the one the name starts with, else the level's first).
     * {@code codeTaken}: another unit already has this code, so this one is keyed by code and first day.
     */
    public static AdministrativeUnit open(String code, String name, UnitLevel level, UnitType type,
                                          AdministrativeUnit parent, LocalDate validFrom, boolean codeTaken) {
        Validation validation = new Validation();
        String cleanCode = code == null ? null : code.strip();
        if (validation.required("code", cleanCode) && !cleanCode.matches("[0-9A-Za-z-]{1,20}")) {
            validation.add("code", "field.unit-code");
        }
        validation.required("level", level);
        if (type != null && level != null && type.level() != level) {
            validation.add("type", "field.unit-type", type.label());
        }
        if (codeTaken && (validFrom == null || cleanCode != null && cleanCode.length() > MAX_CODE_TO_REUSE)) {
            validation.add("code", "unit.code-not-reusable", cleanCode);
        }
        validation.throwIfInvalid();
        if (level == UnitLevel.PROVINCE ? parent != null : parent == null || !fitsUnder(level, parent.level)) {
            throw DomainException.ruleViolation(null, "unit.bad-parent", level, parent == null ? "-" : parent.level);
        }
        if (parent != null && validFrom != null && !parent.isInForceOn(validFrom)) {
            throw DomainException.ruleViolation(null, "unit.parent-not-in-force", parent.officialCode, validFrom);
        }
        AdministrativeUnit unit = new AdministrativeUnit();
        unit.officialCode = cleanCode;
        unit.code = codeTaken ? keyOf(cleanCode, validFrom) : cleanCode;
        unit.level = level;
        unit.validFrom = validFrom;
        unit.parentCode = parent == null ? null : parent.code;
        unit.path = (parent == null ? "/" : parent.path) + unit.code + "/";
        unit.rename(name);
        unit.type = type != null ? type : UnitType.ofName(unit.name, level).orElse(defaultType(level));
        return unit;
    }

    /** Keys are at most 20 characters: the code, "~" and eight digits of the first day. */
    static final int MAX_CODE_TO_REUSE = 11;
    private static final DateTimeFormatter KEY_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    static String keyOf(String code, LocalDate validFrom) {
        return code + "~" + KEY_DAY.format(validFrom);
    }

    /** The official code of a unit's key ("04048~20250701" is 04048), also for keys read straight from a table. */
    public static String officialCodeOf(String key) {
        if (key == null) {
            return null;
        }
        int mark = key.indexOf('~');
        return mark < 0 ? key : key.substring(0, mark);
    }

    private static UnitType defaultType(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> UnitType.PROVINCE;
            case DISTRICT -> UnitType.RURAL_DISTRICT;
            case COMMUNE -> UnitType.COMMUNE;
            case VILLAGE -> UnitType.VILLAGE;
        };
    }

    /** Whether the unit is in force on that day. */
    public boolean isInForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Ends the unit's life with {@code lastDay}; closing again on the same day changes nothing. A unit closed on
     * another day, or before it began, is refused: history is not rewritten.
     *
     * @return whether this changed the unit
     */
    public boolean close(LocalDate lastDay) {
        if (lastDay.equals(validTo)) {
            return false;
        }
        if (validTo != null) {
            throw DomainException.conflict("unit.already-closed", officialCode, validTo);
        }
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw DomainException.ruleViolation(null, "unit.close-before-start", officialCode, validFrom);
        }
        this.validTo = lastDay;
        return true;
    }

    /** Sets the type the catalogue gives; it must fit the level. @return whether this changed the unit */
    public boolean retype(UnitType newType) {
        if (newType == null || newType == type) {
            return false;
        }
        if (newType.level() != level) {
            new Validation().add("type", "field.unit-type", newType.label()).throwIfInvalid();
        }
        this.type = newType;
        return true;
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

    /** The unit's key: its official code, or "code~yyyyMMdd" for a later unit with the same code. */
    public String code() {
        return code;
    }

    public String officialCode() {
        return officialCode;
    }

    public UnitType type() {
        return type;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
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

    /** The parent's key. */
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
