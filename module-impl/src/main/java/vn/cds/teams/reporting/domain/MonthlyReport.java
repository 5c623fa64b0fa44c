package vn.cds.teams.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.cds.teams.api.reporting.Commendation;
import vn.cds.teams.api.reporting.EstablishmentFigures;
import vn.cds.teams.api.reporting.MonthlyReportStatus;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * A commune's monthly report to the district (R12): DRAFT -> SUBMITTED -> ACCEPTED or RETURNED (with a reason;
 * editable and submitted again). Establishment figures are taken from the registry when submitted, never typed.
 * A late first submission is accepted and marked late. An accepted report is locked until a province officer
 * reopens it.
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport {

    public static final long MAX_VALUE = 1_000_000_000L;
    public static final int MAX_COMMENDATIONS = 100;

    @Id
    private String id;

    @Version
    private long version;

    @Column(name = "commune_code")
    private String communeCode;

    private String period;

    @Enumerated(EnumType.STRING)
    private MonthlyReportStatus status;

    private String notes;

    @Column(name = "window_start")
    private LocalDate windowStart;

    @Column(name = "window_end")
    private LocalDate windowEnd;

    @Column(name = "due_before")
    private LocalDate dueBefore;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    private boolean late;

    private Integer teams;

    private Integer members;

    @Column(name = "incomplete_teams")
    private Integer incompleteTeams;

    @Column(name = "village_teams")
    private Integer villageTeams;

    @Column(name = "village_team_minimum")
    private Integer villageTeamMinimum;

    private Integer teachers;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monthly_report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_code")
    @Column(name = "amount")
    private Map<String, Long> values = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monthly_report_commendation", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<CommendationEntry> commendations = new ArrayList<>();

    protected MonthlyReport() {
    }

    /** A new draft; the calendar gives its data window. */
    public static MonthlyReport draft(String communeCode, Period period, ReportingCalendar calendar) {
        MonthlyReport report = new MonthlyReport();
        report.id = UUID.randomUUID().toString();
        report.communeCode = communeCode;
        report.period = period.toString();
        report.status = MonthlyReportStatus.DRAFT;
        report.windowStart = calendar.windowStart(period);
        report.windowEnd = calendar.windowEnd(period);
        report.createdAt = Instant.now();
        return report;
    }

    /**
     * Replaces what the commune typed. Values must be of active indicators of the catalogue (inactive ones already
     * in the report may stay), whole numbers from 0.
     */
    public void edit(Map<String, Long> newValues, String newNotes, List<Commendation> newCommendations,
                     Set<String> activeIndicators) {
        requireEditable();
        Validation validation = new Validation();
        Map<String, Long> cleanValues = new TreeMap<>();
        if (newValues != null) {
            newValues.forEach((code, amount) -> {
                String field = "values." + code;
                if (!activeIndicators.contains(code) && !values.containsKey(code)) {
                    validation.add(field, "field.indicator-unknown", code);
                } else if (amount == null || amount < 0 || amount > MAX_VALUE) {
                    validation.add(field, "field.indicator-value", MAX_VALUE);
                } else {
                    cleanValues.put(code, amount);
                }
            });
        }
        String cleanNotes = newNotes == null || newNotes.isBlank() ? null : VietnameseText.clean(newNotes);
        validation.maxLength("notes", cleanNotes, 4000);
        List<CommendationEntry> entries = new ArrayList<>();
        List<Commendation> proposed = newCommendations == null ? List.of() : newCommendations;
        if (proposed.size() > MAX_COMMENDATIONS) {
            validation.add("commendations", "field.too-many", MAX_COMMENDATIONS);
        }
        for (int i = 0; i < proposed.size() && i < MAX_COMMENDATIONS; i++) {
            Commendation c = proposed.get(i);
            String prefix = "commendations[" + i + "].";
            if (c == null) {
                validation.add(prefix + "nominee", "field.required");
                continue;
            }
            String nominee = VietnameseText.clean(c.nominee());
            String unit = c.unit() == null || c.unit().isBlank() ? null : VietnameseText.clean(c.unit());
            String achievement = VietnameseText.clean(c.achievement());
            if (validation.required(prefix + "nominee", nominee)) {
                validation.maxLength(prefix + "nominee", nominee, 200);
            }
            validation.required(prefix + "kind", c.kind());
            validation.maxLength(prefix + "unit", unit, 200);
            if (validation.required(prefix + "achievement", achievement)) {
                validation.maxLength(prefix + "achievement", achievement, 1000);
            }
            entries.add(new CommendationEntry(nominee, c.kind(), unit, achievement));
        }
        validation.throwIfInvalid();
        values.clear();
        values.putAll(cleanValues);
        notes = cleanNotes;
        commendations.clear();
        commendations.addAll(entries);
    }

    /**
     * R12: sends the report up with the registry's figures as they are now. The first submission decides
     * lateness: on or after {@code dueBefore} (Vietnam's date) it is late, and stays so after a return.
     */
    public void submit(EstablishmentFigures figures, LocalDate dueBeforeDay, Instant now, LocalDate today,
                       String who) {
        requireEditable();
        if (submittedAt == null) {
            this.dueBefore = dueBeforeDay;
            this.late = !today.isBefore(dueBeforeDay);
        }
        this.teams = figures.teams();
        this.members = figures.members();
        this.incompleteTeams = figures.incompleteTeams();
        this.villageTeams = figures.villageTeams();
        this.villageTeamMinimum = figures.villageTeamMinimum();
        this.teachers = figures.teachers();
        this.submittedAt = now;
        this.submittedBy = who;
        this.status = MonthlyReportStatus.SUBMITTED;
        this.returnReason = null;
    }

    public void accept(Instant now, String who) {
        requireStatus(MonthlyReportStatus.SUBMITTED);
        this.status = MonthlyReportStatus.ACCEPTED;
        this.decidedAt = now;
        this.decidedBy = who;
    }

    /** Back to the commune with a reason; editable again. */
    public void returnToCommune(String reason, Instant now, String who) {
        requireStatus(MonthlyReportStatus.SUBMITTED);
        String cleanReason = VietnameseText.clean(reason);
        Validation validation = new Validation();
        if (validation.required("reason", cleanReason)) {
            validation.maxLength("reason", cleanReason, 1000);
        }
        validation.throwIfInvalid();
        this.status = MonthlyReportStatus.RETURNED;
        this.returnReason = cleanReason;
        this.decidedAt = now;
        this.decidedBy = who;
    }

    /** An accepted report is locked; the province officer reopens it for the commune (returned, with a reason). */
    public void reopen(String reason, Instant now, String who) {
        requireStatus(MonthlyReportStatus.ACCEPTED);
        String cleanReason = reason == null || reason.isBlank() ? null : VietnameseText.clean(reason);
        Validation validation = new Validation();
        validation.maxLength("reason", cleanReason, 1000);
        validation.throwIfInvalid();
        this.status = MonthlyReportStatus.RETURNED;
        this.returnReason = cleanReason;
        this.decidedAt = now;
        this.decidedBy = who;
    }

    private void requireEditable() {
        if (status == MonthlyReportStatus.ACCEPTED) {
            throw DomainException.ruleConflict("R12", "monthly.locked");
        }
        if (status != MonthlyReportStatus.DRAFT && status != MonthlyReportStatus.RETURNED) {
            throw DomainException.conflict("monthly.not-editable", status);
        }
    }

    private void requireStatus(MonthlyReportStatus expected) {
        if (status != expected) {
            throw DomainException.conflict("monthly.wrong-status", status, expected);
        }
    }

    public EstablishmentFigures establishment() {
        if (teams == null) {
            return null;
        }
        return new EstablishmentFigures(teams, members, incompleteTeams, villageTeams, villageTeamMinimum,
                villageTeams < villageTeamMinimum, teachers);
    }

    public List<Commendation> commendations() {
        return commendations.stream().map(CommendationEntry::view).toList();
    }

    public Map<String, Long> values() {
        return new TreeMap<>(values);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String communeCode() {
        return communeCode;
    }

    public String period() {
        return period;
    }

    public MonthlyReportStatus status() {
        return status;
    }

    public String notes() {
        return notes;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    public LocalDate dueBefore() {
        return dueBefore;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public boolean late() {
        return late;
    }

    public String returnReason() {
        return returnReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
