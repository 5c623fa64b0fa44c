package vn.cds.teams.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cds.teams.api.reporting.IndicatorField;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * One figure that communes report each month, in one of the fields of work (R10) or the general duties (R9). The
 * catalogue is data: the migration puts in the directive's defaults, a province officer edits it. An indicator
 * is never deleted (old reports keep their figures); it is deactivated.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private String code;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    private IndicatorField field;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean active;

    protected Indicator() {
    }

    public static Indicator create(String code, String name, IndicatorField field, Integer sortOrder, Boolean active) {
        Validation validation = new Validation();
        String cleanCode = code == null ? null : code.strip();
        if (validation.required("code", cleanCode) && !cleanCode.matches("[A-Z][A-Z0-9_]{1,35}")) {
            validation.add("code", "field.indicator-code");
        }
        validation.throwIfInvalid();
        Indicator indicator = new Indicator();
        indicator.code = cleanCode;
        indicator.active = true;
        indicator.change(name, field, sortOrder == null ? 1000 : sortOrder, active);
        return indicator;
    }

    public void change(String newName, IndicatorField newField, Integer newSortOrder, Boolean newActive) {
        String cleanName = VietnameseText.clean(newName);
        Validation validation = new Validation();
        if (validation.required("name", cleanName)) {
            validation.maxLength("name", cleanName, 300);
        }
        validation.required("field", newField);
        if (newSortOrder != null && (newSortOrder < 0 || newSortOrder > 1_000_000)) {
            validation.add("sortOrder", "field.sort-order");
        }
        validation.throwIfInvalid();
        this.name = cleanName;
        this.field = newField;
        if (newSortOrder != null) {
            this.sortOrder = newSortOrder;
        }
        if (newActive != null) {
            this.active = newActive;
        }
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

    public IndicatorField field() {
        return field;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }
}
