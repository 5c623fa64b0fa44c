package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cds.teams.api.reporting.Commendation;
import vn.cds.teams.api.reporting.ConsolidationView;
import vn.cds.teams.api.reporting.EstablishmentFigures;
import vn.cds.teams.api.reporting.IndicatorField;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.reporting.MonthlyReportView;
import vn.cds.teams.api.reporting.NomineeKind;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.registry.application.TeamService;
import vn.cds.teams.reporting.domain.OfficeNames;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingCalendar;
import vn.cds.teams.reports.MonthlyReportForm;
import vn.cds.teams.reports.MonthlyReportHeader;
import vn.cds.teams.reports.MonthlyReportRow;
import vn.cds.teams.reports.ReportFormat;
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
        String place = unit.name().replaceFirst("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn) ", "");
        LocalDate today = LocalDate.now(TeamService.VIETNAM);
        MonthlyReportHeader header;
        List<MonthlyReportRow> rows;
        // The programme's and the offices' names of the province in that month (settings with dates).
        OfficeNames names = officeNames.on(unit.provinceCode(), period.structureDay());
        String programme = names.programmeName();
        if (unit.level() == UnitLevel.COMMUNE) {
            MonthlyReportView report = reports.get(unit.code(), period.toString());
            rows = rows(catalogue, report.values());
            header = new MonthlyReportHeader("UBND " + unit.name(), place, today,
                    "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG " + programme.toUpperCase(VIETNAMESE), subtitle,
                    communeSummary(report, programme), notes(report), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        } else {
            ConsolidationView view = consolidations.latest(unit.code(), period.toString());
            rows = rows(catalogue, view.totals());
            boolean district = unit.level() == UnitLevel.DISTRICT;
            String office = district ? names.districtOffice() : names.provinceOffice();
            header = new MonthlyReportHeader("UBND " + unit.name() + (office == null ? "" : "\n" + office), place,
                    today, "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG " + programme.toUpperCase(VIETNAMESE), subtitle,
                    consolidationSummary(view, programme, period.structureDay()), null,
                    district ? "TRƯỞNG PHÒNG" : "GIÁM ĐỐC");
        }
        String fileName = "Báo cáo tháng " + period + " " + unit.name();
        return new Export(header, rows, fileName);
    }

    /** A prepared report: written by {@link #write} when the response body is sent. */
    public final class Export {
        private final MonthlyReportHeader header;
        private final List<MonthlyReportRow> rows;
        private final String fileName;

        Export(MonthlyReportHeader header, List<MonthlyReportRow> rows, String fileName) {
            this.header = header;
            this.rows = rows;
            this.fileName = fileName;
        }

        public String fileName(ReportFormat format) {
            return fileName + "." + format.fileExtension();
        }

        public void write(ReportFormat format, OutputStream out) {
            form.render(header, rows, format, out);
        }
    }

    /** The catalogue's order; inactive indicators only where they carry a figure. */
    private static List<MonthlyReportRow> rows(List<IndicatorView> catalogue, Map<String, Long> values) {
        List<MonthlyReportRow> rows = new ArrayList<>();
        for (IndicatorView indicator : catalogue) {
            Long amount = values.get(indicator.code());
            if (indicator.active() || amount != null) {
                rows.add(new MonthlyReportRow(section(indicator.field()), indicator.name(), amount));
            }
        }
        return rows;
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
        String sent = "Gửi ngày " + DAY.format(report.submittedAt().atZone(TeamService.VIETNAM).toLocalDate())
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
