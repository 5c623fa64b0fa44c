package vn.cds.teams.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.common.domain.DomainException;

class DecisionTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void establishmentAndDissolutionRefuseTheSameImplausibleDecisions() {
        for (LocalDate date : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(2020, 12, 31), TODAY.plusDays(1)}) {
            DomainException establish = assertThrows(DomainException.class,
                    () -> EstablishmentDecision.of("12/QĐ-UBND", date, "Lò Văn A", "chutich", TODAY));
            DomainException dissolve = assertThrows(DomainException.class,
                    () -> Dissolution.byDecision("12/QĐ-UBND", date, "Lò Văn A", TODAY));
            assertEquals("decisionDate", establish.violations().get(0).field(), date.toString());
            assertEquals(establish.violations().get(0).messageKey(), dissolve.violations().get(0).messageKey(),
                    date.toString());
        }
    }

    @Test
    void aDecisionKeepsItsCleanedTextAndDate() {
        Dissolution dissolution = Dissolution.byDecision("  15/QĐ-UBND ", LocalDate.of(2025, 7, 1), "Lò Văn A",
                TODAY);
        assertEquals("15/QĐ-UBND", dissolution.number());
        assertEquals(LocalDate.of(2025, 7, 1), dissolution.dissolvedOn());
    }
}
