package vn.cds.teams.reports;

import java.util.List;
import java.util.Objects;

/**
 * The annex of a consolidation: what each commune (or each district of a province) reported.
 *
 * @param heading    e.g. "KẾT QUẢ CỦA TỪNG XÃ"
 * @param unitHeader the unit column's header, e.g. "Xã" or "Huyện"
 * @param indicators the indicator columns' headers, in the order of each row's values (e.g. the numbers the
 *                   indicators have in the report's table: "(1)", "(2)")
 * @param rows       one per unit, in print order
 */
public record MonthlyReportAnnex(String heading, String unitHeader, List<String> indicators, List<Row> rows) {

    public MonthlyReportAnnex {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(unitHeader, "unitHeader");
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != indicators.size()) {
                throw new IllegalArgumentException(row.unitName() + " has " + row.values().size() + " values for "
                        + indicators.size() + " indicators");
            }
        }
    }

    /**
     * One unit's line.
     *
     * @param status how it reported, e.g. "Đúng hạn", "Muộn hạn", "Chưa báo cáo", "15/17 xã"
     * @param values the figure of each indicator; null prints 0
     */
    public record Row(String unitName, String status, long teams, long members, List<Long> values) {

        public Row {
            Objects.requireNonNull(unitName, "unitName");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
