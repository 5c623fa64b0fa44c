package vn.cds.teams.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.cds.teams.api.reporting.Commendation;
import vn.cds.teams.api.reporting.NomineeKind;

/** A commendation proposal inside a monthly report (R9, R16). */
@Embeddable
public class CommendationEntry {

    private String nominee;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind")
    private NomineeKind kind;

    @Column(name = "unit_name")
    private String unit;

    private String achievement;

    protected CommendationEntry() {
    }

    CommendationEntry(String nominee, NomineeKind kind, String unit, String achievement) {
        this.nominee = nominee;
        this.kind = kind;
        this.unit = unit;
        this.achievement = achievement;
    }

    public Commendation view() {
        return new Commendation(nominee, kind, unit, achievement);
    }
}
