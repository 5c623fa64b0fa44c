package vn.cds.teams.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final LongSupplier NOT_ASKED = () -> fail("the total was counted");

    @Test
    void aPageThatIsNotFullIsTheLastAndGivesTheTotalWithoutCounting() {
        assertEquals(7, PageRequest.of(0, 20).total(7, NOT_ASKED));
        assertEquals(47, PageRequest.of(2, 20).total(7, NOT_ASKED));
        assertEquals(0, PageRequest.of(0, 20).total(0, NOT_ASKED));
    }

    @Test
    void aFullPageOrOnePastTheEndIsCounted() {
        assertEquals(1600, PageRequest.of(3, 20).total(20, () -> 1600));
        assertEquals(40, PageRequest.of(0, 40).total(40, () -> 40));
        // Past the end the page is empty and says nothing of where the end is.
        assertEquals(12, PageRequest.of(5, 20).total(0, () -> 12));
    }
}
