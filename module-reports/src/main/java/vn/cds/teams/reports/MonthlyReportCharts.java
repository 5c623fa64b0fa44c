package vn.cds.teams.reports;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard's charts as printed after a district's or province's monthly report: the unit's last months
 * (oldest first, ending with the report's month), its reporting and on-time rates and each indicator's totals.
 * A month not yet consolidated has null figures and is drawn as such, never as zero.
 *
 * @param heading        e.g. "TÌNH HÌNH BÁO CÁO VÀ HOẠT ĐỘNG 12 THÁNG QUA"
 * @param months         oldest first
 * @param reportingRates per month, percent of the units that reported (0-100); null: not consolidated
 * @param onTimeRates    per month, percent of the units that reported on time (0-100); null: not consolidated
 * @param indicators     each indicator's consolidated totals per month, in the report's order
 */
public record MonthlyReportCharts(String heading, List<YearMonth> months, List<Double> reportingRates,
                                  List<Double> onTimeRates, List<Indicator> indicators) implements Serializable {

    public MonthlyReportCharts {
        Objects.requireNonNull(heading, "heading");
        months = List.copyOf(months);
        reportingRates = nullable(reportingRates);
        onTimeRates = nullable(onTimeRates);
        indicators = List.copyOf(indicators);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no months");
        }
        if (reportingRates.size() != months.size() || onTimeRates.size() != months.size()) {
            throw new IllegalArgumentException("a rate per month expected: " + months.size());
        }
        for (Indicator indicator : indicators) {
            if (indicator.totals().size() != months.size()) {
                throw new IllegalArgumentException(indicator.name() + " has " + indicator.totals().size()
                        + " totals for " + months.size() + " months");
            }
        }
    }

    /**
     * One indicator's totals per month.
     *
     * @param name   e.g. "(1) Số người được hướng dẫn sử dụng dịch vụ công trực tuyến"
     * @param totals null: the month is not consolidated
     */
    public record Indicator(String name, List<Long> totals) implements Serializable {

        public Indicator {
            Objects.requireNonNull(name, "name");
            totals = nullable(totals);
        }
    }

    /** An unmodifiable copy that keeps nulls (List.copyOf refuses them) and stays serializable. */
    private static <T> List<T> nullable(List<T> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
