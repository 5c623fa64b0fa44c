package vn.cds.teams.reporting.infrastructure;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * A line's figure of each indicator, in its one column ({@code consolidation_line.amounts}, V61):
 * {@code CODE=amount;CODE=amount} in code order, empty for none. One row per source rather than one per value: a
 * national month's lines are 10,000 rows instead of 75,000 (performance aim P1, docs/BENCHMARKS.md). Indicator codes are [A-Z][A-Z0-9_]*,
 * so neither separator can occur in them.
 */
final class LineAmounts {

    private LineAmounts() {
    }

    static String format(Map<String, Long> values) {
        StringJoiner text = new StringJoiner(";");
        new TreeMap<>(values).forEach((code, amount) -> text.add(code + "=" + amount));
        return text.toString();
    }

    static Map<String, Long> parse(String text) {
        Map<String, Long> values = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                values.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
            }
        }
        return values;
    }
}
