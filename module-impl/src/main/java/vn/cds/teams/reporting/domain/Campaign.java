package vn.cds.teams.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.cds.teams.api.reporting.CampaignInput;
import vn.cds.teams.api.reporting.CampaignView;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * A reporting campaign of a province or district: it runs from {@code startsOn} to {@code endsOn} (R13) and may
 * set a one-off deadline (R14) for the reports of one month of its communes, replacing the regular due day.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    private String id;

    @Version
    private long version;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_path")
    private String unitPath;

    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "due_before")
    private LocalDate dueBefore;

    @Column(name = "deadline_period")
    private String deadlinePeriod;

    protected Campaign() {
    }

    public static Campaign create(AdministrativeUnit unit, CampaignInput input) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID().toString();
        campaign.unitCode = unit.code();
        campaign.unitPath = unit.path();
        campaign.change(input);
        return campaign;
    }

    /** Campaigns fall in the years monthly reports are kept for (periods from 2000): year 0001 or 9999 is a typo. */
    private static void plausible(Validation validation, String field, java.time.LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            validation.add(field, "field.date-implausible", "2000", "2100");
        }
    }

    public void change(CampaignInput input) {
        Validation validation = new Validation();
        String cleanName = VietnameseText.clean(input.name());
        if (validation.required("name", cleanName)) {
            validation.maxLength("name", cleanName, 300);
        }
        validation.required("startsOn", input.startsOn());
        validation.required("endsOn", input.endsOn());
        plausible(validation, "startsOn", input.startsOn());
        plausible(validation, "endsOn", input.endsOn());
        plausible(validation, "dueBefore", input.dueBefore());
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            validation.add("endsOn", "field.campaign-ends-before-start");
        }
        // The deadline is one of the campaign's own days: a campaign's reports cannot be due outside it.
        if (input.dueBefore() != null && input.startsOn() != null && input.endsOn() != null
                && (input.dueBefore().isBefore(input.startsOn()) || input.dueBefore().isAfter(input.endsOn()))) {
            validation.add("dueBefore", "field.campaign-due-outside");
        }
        String period = null;
        if (input.deadlinePeriod() != null && !input.deadlinePeriod().isBlank()) {
            if (input.dueBefore() == null) {
                validation.add("dueBefore", "field.required");
            } else {
                period = Period.parse(input.deadlinePeriod()).toString();
            }
        } else if (input.dueBefore() != null) {
            period = Period.of(input.dueBefore()).toString();
        }
        validation.throwIfInvalid();
        this.name = cleanName;
        this.startsOn = input.startsOn();
        this.endsOn = input.endsOn();
        this.dueBefore = input.dueBefore();
        this.deadlinePeriod = period;
    }

    /** Whether its one-off deadline applies to the reports of a commune (by its unit path) for a period. */
    public boolean setsDeadlineFor(String communePath, Period period) {
        return dueBefore != null && period.toString().equals(deadlinePeriod) && communePath.startsWith(unitPath);
    }

    public CampaignView view() {
        return new CampaignView(id, unitCode, name, startsOn, endsOn, dueBefore, deadlinePeriod, version);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitPath() {
        return unitPath;
    }

    public LocalDate dueBefore() {
        return dueBefore;
    }
}
