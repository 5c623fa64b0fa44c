package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.text.NumberFormat;
import java.util.Locale;

/** Checks of a consolidated monthly report's annex, read back from its PDF's text. */
final class Annexes {

    private Annexes() {
    }

    /**
     * The annex names each source unit and ends with a totals row equal to the consolidation's answer: teams,
     * members, and every indicator's total printed with Vietnamese separators.
     */
    static void assertSourcesAndTotals(String annexText, Iterable<JsonObject> sources, JsonObject consolidated) {
        for (JsonObject source : sources) {
            assertTrue(annexText.contains(" " + source.getString("name") + " "), source + " in: " + annexText);
        }
        String totalsRow = annexText.substring(annexText.indexOf("Tổng cộng"));
        assertTrue(totalsRow.startsWith("Tổng cộng " + consolidated.getInt("teams") + " "
                + consolidated.getInt("members") + " "), totalsRow + " vs " + consolidated);
        NumberFormat figures = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
        consolidated.getJsonObject("totals").forEach((code, amount) -> assertTrue(totalsRow.contains(" "
                + figures.format(((JsonNumber) amount).longValue())), code + " total in " + totalsRow));
    }
}
