package vn.cds.teams.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.reporting.Commendation;
import vn.cds.teams.api.reporting.EstablishmentFigures;
import vn.cds.teams.api.reporting.MonthlyReportStatus;
import vn.cds.teams.api.reporting.NomineeKind;
import vn.cds.teams.common.domain.DomainException;

class MonthlyReportTest {

    private static final Set<String> CATALOGUE = Set.of("DG_ONLINE_SERVICES_GUIDED", "PROPAGANDA_SESSIONS");
    private static final EstablishmentFigures FIGURES = new EstablishmentFigures(6, 37, 0, 5, 5, false, 2);
    private static final LocalDate DUE = LocalDate.of(2022, 7, 20);

    private final MonthlyReport report = MonthlyReport.draft("04048", Period.parse("2022-07"),
            ReportingCalendar.DECREE_09_2019);

    @Test
    void aDraftTakesValuesOfTheCatalogueOnly() {
        report.edit(Map.of("PROPAGANDA_SESSIONS", 4L), " Sóng yếu ", List.of(new Commendation("Lò Văn Mẫu",
                NomineeKind.PERSON, null, "Hướng dẫn 50 hộ")), CATALOGUE);
        assertEquals(Map.of("PROPAGANDA_SESSIONS", 4L), report.values());
        assertEquals("Sóng yếu", report.notes());
        assertEquals(1, report.commendations().size());
        DomainException unknown = assertThrows(DomainException.class,
                () -> report.edit(Map.of("NO_SUCH", 1L), null, null, CATALOGUE));
        assertEquals("values.NO_SUCH", unknown.violations().get(0).field());
        assertThrows(DomainException.class, () -> report.edit(Map.of("PROPAGANDA_SESSIONS", -1L), null, null, CATALOGUE));
        assertThrows(DomainException.class, () -> report.edit(null, null,
                List.of(new Commendation(" ", null, null, "")), CATALOGUE));
        assertEquals(Map.of("PROPAGANDA_SESSIONS", 4L), report.values(), "a refused edit changes nothing");
    }

    @Test
    void lateIsDecidedByTheFirstSubmissionAndKeptAfterAReturn() {
        report.submit(FIGURES, DUE, Instant.now(), LocalDate.of(2022, 7, 19), "vanho.canbo");
        assertEquals(MonthlyReportStatus.SUBMITTED, report.status());
        assertFalse(report.late(), "the 19th is before the 20th");
        assertEquals(FIGURES, report.establishment());
        report.returnToCommune("Thiếu số liệu", Instant.now(), "vanho.phong");
        report.submit(FIGURES, DUE, Instant.now(), LocalDate.of(2022, 7, 25), "vanho.canbo");
        assertFalse(report.late(), "resubmitted after a return: the commune had met the deadline");

        MonthlyReport other = MonthlyReport.draft("04042", Period.parse("2022-07"), ReportingCalendar.DECREE_09_2019);
        other.submit(FIGURES, DUE, Instant.now(), LocalDate.of(2022, 7, 20), "quangminh.canbo");
        assertTrue(other.late(), "on the 20th: late, but accepted");
    }

    @Test
    void anAcceptedReportIsLockedUntilReopened() {
        assertThrows(DomainException.class, () -> report.accept(Instant.now(), "vanho.phong"), "a draft");
        report.submit(FIGURES, DUE, Instant.now(), LocalDate.of(2022, 7, 1), "vanho.canbo");
        assertThrows(DomainException.class, () -> report.edit(Map.of(), null, null, CATALOGUE), "submitted");
        assertThrows(DomainException.class, () -> report.returnToCommune(" ", Instant.now(), "vanho.phong"),
                "a reason is needed");
        report.accept(Instant.now(), "vanho.phong");
        DomainException locked = assertThrows(DomainException.class,
                () -> report.edit(Map.of(), null, null, CATALOGUE));
        assertEquals("R12", locked.rule());
        assertThrows(DomainException.class, () -> report.returnToCommune("x", Instant.now(), "vanho.phong"));
        report.reopen(null, Instant.now(), "sonla.so");
        assertEquals(MonthlyReportStatus.RETURNED, report.status());
        assertNull(report.returnReason());
        report.edit(Map.of("PROPAGANDA_SESSIONS", 5L), null, null, CATALOGUE);
    }

    @Test
    void anInactiveIndicatorAlreadyInTheReportMayStay() {
        report.edit(Map.of("PROPAGANDA_SESSIONS", 4L), null, null, CATALOGUE);
        report.edit(Map.of("PROPAGANDA_SESSIONS", 5L), null, null, Set.of());
        assertEquals(5L, report.values().get("PROPAGANDA_SESSIONS"));
    }
}
