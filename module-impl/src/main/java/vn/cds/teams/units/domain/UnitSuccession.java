package vn.cds.teams.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;

/**
 * A unit went, whole ({@code full}) or in part ({@code partial}), into another from a day, by a resolution (e.g.
 * 1681/NQ-UBTVQH15 of 16/6/2025). Both sides are units' keys, so old and new units with one code stay apart.
 */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession {

    public static final String FULL = "full";
    public static final String PARTIAL = "partial";

    @Id
    private String id;

    @Column(name = "predecessor_code")
    private String predecessorKey;

    @Column(name = "successor_code")
    private String successorKey;

    private String part;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "resolution_number")
    private String resolutionNumber;

    @Column(name = "resolution_date")
    private LocalDate resolutionDate;

    protected UnitSuccession() {
    }

    /** The successor must begin on the effective day and the predecessor must have ended the day before. */
    public static UnitSuccession of(AdministrativeUnit predecessor, AdministrativeUnit successor, String part,
                                    Resolution resolution) {
        String cleanPart = part(part);
        if (predecessor.code().equals(successor.code())) {
            throw DomainException.ruleViolation(null, "succession.same-unit", predecessor.officialCode());
        }
        LocalDate day = resolution.effectiveOn();
        if (!day.equals(successor.validFrom()) || !day.minusDays(1).equals(predecessor.validTo())) {
            throw DomainException.ruleViolation(null, "succession.dates", predecessor.officialCode(),
                    successor.officialCode(), day);
        }
        UnitSuccession succession = new UnitSuccession();
        succession.id = UUID.randomUUID().toString();
        succession.predecessorKey = predecessor.code();
        succession.successorKey = successor.code();
        succession.part = cleanPart;
        succession.effectiveOn = day;
        succession.resolutionNumber = resolution.number();
        succession.resolutionDate = resolution.date();
        return succession;
    }

    /** "full" or "partial", whatever the case; anything else is refused. */
    public static String part(String part) {
        String clean = part == null ? "" : part.strip().toLowerCase(Locale.ROOT);
        if (!clean.equals(FULL) && !clean.equals(PARTIAL)) {
            new Validation().add("part", "field.succession-part").throwIfInvalid();
        }
        return clean;
    }

    /** The act that makes a reorganisation: its number and date, and the day the new units begin. */
    public record Resolution(String number, LocalDate date, LocalDate effectiveOn) {

        public Resolution {
            Validation validation = new Validation();
            number = number == null ? null : number.strip();
            if (validation.required("resolution", number)) {
                validation.maxLength("resolution", number, 100);
            }
            validation.required("effective", effectiveOn);
            if (date != null && effectiveOn != null && date.isAfter(effectiveOn)) {
                validation.add("resolutionDate", "field.resolution-after-effect");
            }
            validation.throwIfInvalid();
        }
    }

    public String id() {
        return id;
    }

    public String predecessorKey() {
        return predecessorKey;
    }

    public String successorKey() {
        return successorKey;
    }

    public String part() {
        return part;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public String resolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate resolutionDate() {
        return resolutionDate;
    }
}
