package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cds.teams.api.dashboards.DashboardMonth;
import vn.cds.teams.api.dashboards.DashboardView;
import vn.cds.teams.api.reporting.Commendation;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.reporting.EstablishmentFigures;
import vn.cds.teams.api.reporting.IndicatorField;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.reporting.MonthlyReportView;
import vn.cds.teams.api.reporting.NomineeKind;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.time.Clocks;
import vn.cds.teams.dashboards.application.DashboardService;
import vn.cds.teams.reporting.domain.OfficeNames;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingCalendar;
import vn.cds.teams.reports.DocumentFrame;
import vn.cds.teams.reporting.infrastructure.ConsolidationLines;
import vn.cds.teams.reports.MonthlyReportAnnex;
import vn.cds.teams.reports.MonthlyReportCharts;
import vn.cds.teams.reports.MonthlyReportForm;
import vn.cds.teams.reports.MonthlyReportHeader;
import vn.cds.teams.reports.MonthlyReportRow;
import vn.cds.teams.reports.ReportFormat;
import vn.cds.teams.reports.SignatureSpot;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The monthly report as an official document (R12): a commune's own report, or the latest consolidation of a
 * district or province, in the layout of form F1 (Decree 30/2020). Everything is read, and the jurisdiction
 * checked, before the response starts.
 */
@ApplicationScoped
public class MonthlyReportExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Thread-safe; loads the compiled template once. */
    private final MonthlyReportForm form = new MonthlyReportForm();

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    MonthlyReportService reports;

    @Inject
    ConsolidationService consolidations;

    @Inject
    IndicatorService indicators;

    @Inject
    OfficeNamesService officeNames;

    @Inject
    ReportingSettings settings;

    @Inject
    ConsolidationLines consolidationLines;

    @Inject
    DashboardService dashboards;

    public Export prepare(String unitCode, String periodText) {
        Validation validation = new Validation();
        validation.required("unit", unitCode);
        validation.throwIfInvalid();
        // The unit as the month knew it: a month before the reform prints the old commune or district.
        AdministrativeUnit unit = units.require(unitCode, MonthlyReportService.structureDay(units, unitCode, periodText));
        Period period = Period.parse(periodText);
        if (unit.level() == UnitLevel.VILLAGE) {
            new Validation().add("unit", "field.consolidation-unit").throwIfInvalid();
        }
        ReportingCalendar calendar = settings.calendar();
        String subtitle = "Tháng " + period.month().getMonthValue() + " năm " + period.month().getYear()
                + " (số liệu từ " + DAY.format(calendar.windowStart(period)) + " đến "
                + DAY.format(calendar.windowEnd(period)) + ")";
        List<IndicatorView> catalogue = indicators.list(true);
        String title;
        String summary;
        String notes;
        List<IndicatorView> printed;
        List<MonthlyReportRow> rows;
        // The programme's and the offices' names of the province in that month (settings with dates).
        OfficeNames names = officeNames.on(unit.provinceCode(), period.structureDay());
        String programme = names.programmeName();
        MonthlyReportAnnex annex = null;
        MonthlyReportCharts charts = null;
        if (unit.level() == UnitLevel.COMMUNE) {
            MonthlyReportView report = reports.get(unit.code(), period.toString());
            printed = printed(catalogue, report.values());
            rows = rows(printed, report.values());
            title = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG " + programme.toUpperCase(VIETNAMESE);
            summary = communeSummary(report, programme);
            notes = notes(report);
        } else {
            ConsolidationView view = consolidations.latest(unit.code(), period.toString());
            printed = printed(catalogue, view.totals());
            rows = rows(printed, view.totals());
            title = "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG " + programme.toUpperCase(VIETNAMESE);
            summary = consolidationSummary(view, programme, period.structureDay());
            notes = null;
            annex = annex(printed, consolidationLines.lines(unit.code(), period, view.revision()));
            // The dashboard's charts of the last 12 months through the report's; a unit no longer in force has
            // no dashboard (it shows today's units), so its report goes without them.
            if (unit.isInForceOn(units.today())) {
                charts = charts(dashboards.dashboard(unitCode, null, period.toString()), printed);
            }
        }
        String fileName = "Báo cáo tháng " + period + " " + unit.name();
        return new Export(unit, period, title, subtitle, summary, notes, rows, annex, charts, fileName);
    }

    /** A prepared report: written by {@link #write} when the response body is sent. */
    public final class Export {
        private final AdministrativeUnit unit;
        private final Period period;
        private final String title;
        private final String subtitle;
        private final String summary;
        private final String notes;
        private final List<MonthlyReportRow> rows;
        private final MonthlyReportAnnex annex;
        private final MonthlyReportCharts charts;
        private final String fileName;

        Export(AdministrativeUnit unit, Period period, String title, String subtitle, String summary, String notes,
               List<MonthlyReportRow> rows, MonthlyReportAnnex annex, MonthlyReportCharts charts, String fileName) {
            this.unit = unit;
            this.period = period;
            this.title = title;
            this.subtitle = subtitle;
            this.summary = summary;
            this.notes = notes;
            this.rows = rows;
            this.annex = annex;
            this.charts = charts;
            this.fileName = fileName;
        }

        public AdministrativeUnit unit() {
            return unit;
        }

        public String period() {
            return period.toString();
        }

        public String fileName(ReportFormat format) {
            return fileName + "." + format.fileExtension();
        }

        /** The day whose office names the report carries: its month's first day. */
        public LocalDate namesDay() {
            return period.structureDay();
        }

        /**
         * @param frame the issuing body, number, date, signer and recipients (a draft's or an issued one's)
         * @return where a PDF has room for a visible signature; null for XLSX
         */
        public SignatureSpot write(DocumentFrame frame, ReportFormat format, OutputStream out) {
            return form.render(new MonthlyReportHeader(frame, title, subtitle, summary, notes), rows, annex, charts,
                    format, out);
        }
    }

    /** The catalogue's order; inactive indicators only where they carry a figure. */
    private static List<IndicatorView> printed(List<IndicatorView> catalogue, Map<String, Long> values) {
        return catalogue.stream().filter(i -> i.active() || values.get(i.code()) != null).toList();
    }

    private static List<MonthlyReportRow> rows(List<IndicatorView> printed, Map<String, Long> values) {
        return printed.stream().map(i -> new MonthlyReportRow(section(i.field()), i.name(), values.get(i.code())))
                .toList();
    }

    /**
     * The dashboard's months as the charts' figures: rates in percent, and the totals of the indicators the report
     * prints, numbered as its rows. A month without figures stays without (null), never zero.
     */
    static MonthlyReportCharts charts(DashboardView dashboard, List<IndicatorView> printed) {
        List<YearMonth> months = new ArrayList<>();
        List<Double> reporting = new ArrayList<>();
        List<Double> onTime = new ArrayList<>();
        for (DashboardMonth month : dashboard.months()) {
            months.add(YearMonth.parse(month.period()));
            reporting.add(month.reportingRate() == null ? null : 100 * month.reportingRate());
            onTime.add(month.onTimeRate() == null ? null : 100 * month.onTimeRate());
        }
        List<MonthlyReportCharts.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            String code = printed.get(i).code();
            List<Long> totals = new ArrayList<>();
            for (DashboardMonth month : dashboard.months()) {
                // A consolidated month without a figure of the indicator counts it as 0, as the report does.
                totals.add(month.totals() == null ? null : month.totals().getOrDefault(code, 0L));
            }
            indicators.add(new MonthlyReportCharts.Indicator("(" + (i + 1) + ") " + printed.get(i).name(), totals));
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
        return new MonthlyReportCharts("BIỂU ĐỒ BÁO CÁO VÀ HOẠT ĐỘNG TỪ THÁNG " + month.format(months.get(0))
                + " ĐẾN THÁNG " + month.format(months.get(months.size() - 1)), months, reporting, onTime, indicators);
    }

    /**
     * What each source of the consolidation reported, in the catalogue's order of units; the indicator columns are
     * numbered as the report's rows. The lines are those the report's totals were summed from.
     */
    private MonthlyReportAnnex annex(List<IndicatorView> printed, List<ConsolidationLines.Line> lines) {
        Map<String, ConsolidationLines.Line> bySource = new HashMap<>();
        lines.forEach(line -> bySource.put(line.sourceCode(), line));
        List<MonthlyReportAnnex.Row> rows = new ArrayList<>();
        boolean communes = false;
        boolean districts = false;
        if (!bySource.isEmpty()) {
            for (Object[] unit : em.createQuery("SELECT u.code, u.name, u.level FROM AdministrativeUnit u"
                    + " WHERE u.code IN :codes ORDER BY u.path", Object[].class)
                    .setParameter("codes", bySource.keySet()).getResultList()) {
                ConsolidationLines.Line line = bySource.get((String) unit[0]);
                boolean commune = unit[2] == UnitLevel.COMMUNE;
                communes |= commune;
                districts |= !commune;
                rows.add(new MonthlyReportAnnex.Row((String) unit[1], status(line, commune), line.teams(),
                        line.members(), printed.stream().map(i -> line.values().get(i.code())).toList()));
            }
        }
        String header = communes && districts ? "Đơn vị" : districts ? "Huyện" : "Xã";
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= printed.size(); i++) {
            columns.add("(" + i + ")");
        }
        return new MonthlyReportAnnex("KẾT QUẢ CỦA TỪNG " + header.toUpperCase(VIETNAMESE), header, columns, rows);
    }

    private static String status(ConsolidationLines.Line line, boolean commune) {
        if (commune) {
            return line.received() == 0 ? "Chưa báo cáo" : line.late() > 0 ? "Muộn hạn" : "Đúng hạn";
        }
        return line.received() + "/" + line.expected() + " xã" + (line.late() > 0 ? ", " + line.late() + " muộn" : "");
    }

    private static String section(IndicatorField field) {
        return switch (field) {
            case DIGITAL_GOVERNMENT -> "Chính quyền số";
            case DIGITAL_ECONOMY -> "Kinh tế số";
            case DIGITAL_SOCIETY -> "Xã hội số";
            case GENERAL -> "Tuyên truyền và nhiệm vụ chung";
        };
    }

    private static String communeSummary(MonthlyReportView report, String programme) {
        EstablishmentFigures f = report.establishment();
        if (f == null) {
            return "Báo cáo chưa gửi (bản dự thảo).";
        }
        String sent = "Gửi ngày " + DAY.format(report.submittedAt().atZone(Clocks.VIETNAM).toLocalDate())
                + (report.late() ? " (muộn hạn)." : " (đúng hạn).");
        return "1. Kết quả thành lập: " + f.teams() + " " + programme + " (" + f.villageTeams()
                + " Tổ cấp bản, tối thiểu " + f.villageTeamMinimum() + (f.belowVillageTeamMinimum() ? ", chưa đạt"
                : "") + "), " + f.members() + " thành viên, " + f.teachers() + " giáo viên tham gia Tổ; "
                + f.incompleteTeams() + " Tổ chưa đủ số thành viên tối thiểu.\n2. Kết quả hoạt động trong tháng: "
                + sent;
    }

    private String consolidationSummary(ConsolidationView v, String programme, LocalDate day) {
        Map<String, String> names = new HashMap<>();
        if (!v.missing().isEmpty()) {
            em.createQuery("SELECT u.officialCode, u.name FROM AdministrativeUnit u WHERE u.officialCode IN :codes"
                    + " AND (u.validFrom IS NULL OR u.validFrom <= :day) AND (u.validTo IS NULL OR u.validTo >= :day)",
                    Object[].class).setParameter("codes", v.missing()).setParameter("day", day).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        List<String> missing = v.missing().stream().map(code -> names.getOrDefault(code, code)).toList();
        return String.format(VIETNAMESE, "1. Tình hình báo cáo: %d/%d xã đã báo cáo (%.1f%%), %d đúng hạn, %d muộn hạn;"
                        + " chưa báo cáo: %s.%n2. Kết quả thành lập: %d %s, %d thành viên,"
                        + " %d giáo viên tham gia Tổ; %d Tổ chưa đủ số thành viên tối thiểu.%n"
                        + "3. Kết quả hoạt động trong tháng (lần tổng hợp %d):",
                v.received(), v.expected(), 100 * v.reportingRate(), v.onTime(), v.late(),
                missing.isEmpty() ? "không" : String.join(", ", missing), v.teams(), programme, v.members(),
                v.teachers(),
                v.incompleteTeams(), v.revision());
    }

    private static String notes(MonthlyReportView report) {
        StringBuilder notes = new StringBuilder();
        if (report.notes() != null) {
            notes.append("3. Khó khăn, vướng mắc và đề xuất: ").append(report.notes());
        }
        List<Commendation> commendations = report.commendations();
        if (!commendations.isEmpty()) {
            notes.append(notes.length() == 0 ? "" : "\n").append("4. Đề nghị khen thưởng:");
            for (Commendation c : commendations) {
                notes.append("\n- ").append(c.nominee()).append(c.kind() == NomineeKind.GROUP ? " (tập thể)" : "")
                        .append(c.unit() == null ? "" : ", " + c.unit()).append(": ").append(c.achievement());
            }
        }
        return notes.length() == 0 ? null : notes.toString();
    }
}
