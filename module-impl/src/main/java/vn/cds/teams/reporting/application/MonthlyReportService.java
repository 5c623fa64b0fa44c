package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.reporting.EstablishmentFigures;
import vn.cds.teams.api.reporting.MonthlyReportInput;
import vn.cds.teams.api.reporting.MonthlyReportView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.domain.Versioned;
import vn.cds.teams.common.security.CurrentCaller;
import vn.cds.teams.reporting.domain.Campaign;
import vn.cds.teams.reporting.domain.MonthlyReport;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingCalendar;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;

/**
 * Commune monthly reports (R12) inside the caller's jurisdiction: the commune officer writes and submits, the
 * district officer (the province officer for a commune without a district) accepts or returns, the province
 * officer reopens an accepted one. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class MonthlyReportService {

    static final String AUDIT_TYPE = "monthly-report";

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UnitService units;

    @Inject
    IndicatorService indicators;

    @Inject
    ReportingSettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public MonthlyReportView get(String communeCode, String period) {
        AdministrativeUnit commune = requireCommune(communeCode, period);
        return view(require(commune, Period.parse(period)), commune);
    }

    public long version(String communeCode, String period) {
        return require(requireCommune(communeCode, period), Period.parse(period)).version();
    }

    /** Writes the commune's figures: creates the draft on the first PUT (no If-Match), then needs If-Match. */
    public MonthlyReportView save(String communeCode, String periodText, Long ifMatch, MonthlyReportInput input) {
        Validation.requireBody(input);
        AdministrativeUnit commune = requireCommune(communeCode, periodText);
        Period period = Period.parse(periodText);
        ReportingCalendar calendar = settings.calendar();
        MonthlyReport report = find(commune.code(), period);
        MonthlyReportView before = null;
        if (report == null) {
            calendar.requireOpen(period, today());
            report = MonthlyReport.draft(commune.code(), period, calendar);
            report.edit(input.values(), input.notes(), input.commendations(), indicators.activeCodes());
            em.persist(report);
        } else {
            Versioned.check(ifMatch, report.version());
            before = view(report, commune);
            report.edit(input.values(), input.notes(), input.commendations(), indicators.activeCodes());
        }
        em.flush();
        MonthlyReportView after = view(report, commune);
        audit.record(AUDIT_TYPE, auditId(report), before == null ? "create" : "update", before, after);
        return after;
    }

    /** R12: submitted with the registry's establishment figures of this moment; late from the due day on. */
    public MonthlyReportView submit(String communeCode, String periodText) {
        AdministrativeUnit commune = requireCommune(communeCode, periodText);
        Period period = Period.parse(periodText);
        MonthlyReport report = require(commune, period);
        MonthlyReportView before = view(report, commune);
        LocalDate dueBefore = settings.calendar().dueBefore(period, campaignDeadline(commune, period));
        report.submit(figures(commune), dueBefore, clock.instant(), today(), caller.name());
        return changed(report, commune, "submit", before);
    }

    public MonthlyReportView accept(String communeCode, String periodText) {
        AdministrativeUnit commune = requireCommune(communeCode, periodText);
        Period period = Period.parse(periodText);
        requireReceiver(commune);
        MonthlyReport report = require(commune, period);
        MonthlyReportView before = view(report, commune);
        report.accept(clock.instant(), caller.name());
        return changed(report, commune, "accept", before);
    }

    public MonthlyReportView returnToCommune(String communeCode, String periodText, String reason) {
        AdministrativeUnit commune = requireCommune(communeCode, periodText);
        Period period = Period.parse(periodText);
        requireReceiver(commune);
        MonthlyReport report = require(commune, period);
        MonthlyReportView before = view(report, commune);
        report.returnToCommune(reason, clock.instant(), caller.name());
        return changed(report, commune, "return", before);
    }

    public MonthlyReportView reopen(String communeCode, String periodText, String reason) {
        AdministrativeUnit commune = requireCommune(communeCode, periodText);
        Period period = Period.parse(periodText);
        MonthlyReport report = require(commune, period);
        MonthlyReportView before = view(report, commune);
        report.reopen(reason, clock.instant(), caller.name());
        return changed(report, commune, "reopen", before);
    }

    /** A report is visible to whoever sees its commune; "04048/2026-11" is its audit id. */
    public void requireVisible(String auditId) {
        String[] parts = auditId == null ? new String[0] : auditId.split("/");
        if (parts.length != 2) {
            throw DomainException.notFound("monthly.not-found", auditId, "");
        }
        require(requireCommune(parts[0], parts[1]), Period.parse(parts[1]));
    }

    /**
     * The registry's establishment figures of a commune now (R2, R4, R15): established teams, their members
     * (collaborators not counted), teams under the province's minimum size, village teams against the commune's
     * minimum, teachers among the members.
     */
    public EstablishmentFigures figures(AdministrativeUnit commune) {
        RuleParameters parameters = units.parametersOf(commune.provinceCode());
        List<Object[]> teams = em.createQuery("SELECT t.level, t.memberCount FROM Team t"
                        + " WHERE t.commune.code = :commune AND t.status = :established", Object[].class)
                .setParameter("commune", commune.code()).setParameter("established", TeamStatus.ESTABLISHED)
                .getResultList();
        int members = 0;
        int incomplete = 0;
        int villageTeams = 0;
        for (Object[] team : teams) {
            int count = ((Number) team[1]).intValue();
            members += count;
            if (count < parameters.minTeamSize()) {
                incomplete++;
            }
            if (team[0] == UnitLevel.VILLAGE) {
                villageTeams++;
            }
        }
        long teachers = em.createQuery("SELECT COUNT(m) FROM Member m JOIN m.team t WHERE t.commune.code = :commune"
                        + " AND t.status = :established AND m.leftOn IS NULL AND m.role <> :collaborator"
                        + " AND m.person.profession = :teacher", Long.class)
                .setParameter("commune", commune.code()).setParameter("established", TeamStatus.ESTABLISHED)
                .setParameter("collaborator", MemberRole.COLLABORATOR).setParameter("teacher", Profession.TEACHER)
                .getSingleResult();
        int minimum = parameters.villageTeamMinimumOf(commune);
        return new EstablishmentFigures(teams.size(), members, incomplete, villageTeams, minimum,
                villageTeams < minimum, (int) teachers);
    }

    /** R14: the earliest one-off deadline that a campaign over this commune set for the period, or null. */
    LocalDate campaignDeadline(AdministrativeUnit commune, Period period) {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.deadlinePeriod = :period", Campaign.class)
                .setParameter("period", period.toString()).getResultStream()
                .filter(c -> c.setsDeadlineFor(commune.path(), period))
                .map(Campaign::dueBefore).min(Comparator.naturalOrder()).orElse(null);
    }

    /** R12: the district receives its communes' reports; the province those of communes without a district. */
    private void requireReceiver(AdministrativeUnit commune) {
        AdministrativeUnit parent = em.find(AdministrativeUnit.class, commune.parentCode());
        boolean byDistrict = parent != null && parent.level() == UnitLevel.DISTRICT;
        if (byDistrict ? !caller.hasRole(CdsRoles.DISTRICT_OFFICER) : !caller.hasRole(CdsRoles.PROVINCE_OFFICER)) {
            throw DomainException.forbidden(byDistrict ? "monthly.decided-by-district" : "monthly.decided-by-province");
        }
    }

    private MonthlyReportView changed(MonthlyReport report, AdministrativeUnit commune, String action,
                                      MonthlyReportView before) {
        em.flush();
        MonthlyReportView after = view(report, commune);
        audit.record(AUDIT_TYPE, auditId(report), action, before, after);
        return after;
    }

    /**
     * The commune of that code as the month knew it (a month is reported on the units of its first day). A foreign
     * commune is "not found" before a malformed period is "invalid", so that codes do not leak.
     */
    private AdministrativeUnit requireCommune(String code, String periodText) {
        AdministrativeUnit unit = units.require(code, structureDay(code, periodText));
        if (unit.level() != UnitLevel.COMMUNE) {
            new Validation().add("communeCode", "field.commune-code", code).throwIfInvalid();
        }
        return unit;
    }

    /** The first day of the period; for a malformed one, "not found" for a foreign unit, else "invalid". */
    static LocalDate structureDay(UnitService units, String code, String periodText) {
        try {
            return Period.parse(periodText).structureDay();
        } catch (DomainException e) {
            units.require(code);
            throw e;
        }
    }

    private LocalDate structureDay(String code, String periodText) {
        return structureDay(units, code, periodText);
    }

    private MonthlyReport require(AdministrativeUnit commune, Period period) {
        MonthlyReport report = find(commune.code(), period);
        if (report == null) {
            throw DomainException.notFound("monthly.not-found", commune.code(), period.toString());
        }
        return report;
    }

    MonthlyReport find(String communeCode, Period period) {
        return em.createQuery("SELECT r FROM MonthlyReport r WHERE r.communeCode = :commune AND r.period = :period",
                        MonthlyReport.class)
                .setParameter("commune", communeCode).setParameter("period", period.toString())
                .getResultStream().findFirst().orElse(null);
    }

    private static String auditId(MonthlyReport report) {
        return report.communeCode() + "/" + report.period();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static MonthlyReportView view(MonthlyReport r, AdministrativeUnit commune) {
        return new MonthlyReportView(commune.officialCode(), commune.name(), r.period(), r.status(), r.values(), r.notes(),
                r.commendations(), r.windowStart(), r.windowEnd(), r.dueBefore(), r.submittedAt(), r.submittedBy(),
                r.late(), r.establishment(), r.returnReason(), r.decidedBy(), r.decidedAt(), r.version());
    }
}
