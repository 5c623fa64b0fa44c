package vn.cds.teams.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * Renders the monthly report of community digital transformation teams (R12) as PDF or XLSX: a commune's report
 * or a district's or province's consolidation, in the layout of form F1. A report has a few dozen rows at most,
 * so they are passed as a list. Thread-safe and meant to be shared: the compiled template is loaded once.
 */
public final class MonthlyReportForm {

    static final String RESOURCE = "/vn/cds/teams/reports/monthly-report.jasper";
    static final String ANNEX_RESOURCE = "/vn/cds/teams/reports/monthly-annex.jasper";
    static final String CHARTS_RESOURCE = "/vn/cds/teams/reports/dashboard-charts.jasper";

    /** Indicator columns of one annex table (monthly-annex.jrxml); a longer catalogue gets further tables. */
    static final int ANNEX_INDICATORS = 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final JasperReport template = load(RESOURCE);
    private final JasperReport annexTemplate = load(ANNEX_RESOURCE);
    private final JasperReport chartsTemplate = load(CHARTS_RESOURCE);

    /** Writes the report to {@code out}, which is flushed but left open; returns as the other render does. */
    public SignatureSpot render(MonthlyReportHeader header, List<MonthlyReportRow> rows, ReportFormat format,
                                OutputStream out) throws ReportException {
        return render(header, rows, null, format, out);
    }

    /** As {@link #render(MonthlyReportHeader, List, MonthlyReportAnnex, MonthlyReportCharts, ReportFormat, OutputStream)} without charts. */
    public SignatureSpot render(MonthlyReportHeader header, List<MonthlyReportRow> rows, MonthlyReportAnnex annex,
                                ReportFormat format, OutputStream out) throws ReportException {
        return render(header, rows, annex, null, format, out);
    }

    /**
     * Writes the report and, for a consolidation, its annex to {@code out}, which is flushed but left open. The
     * annex follows the report in the PDF (landscape, page numbers going on) and is a sheet of its own in the XLSX.
     *
     * @param annex  null for none
     * @param charts null for none; printed on a page of their own after the annex, in the PDF only (the XLSX
     *               carries the figures already)
     * @return where a PDF has room for a visible signature (for {@link PdfSigner}); null for XLSX
     */
    public SignatureSpot render(MonthlyReportHeader header, List<MonthlyReportRow> rows, MonthlyReportAnnex annex,
                                MonthlyReportCharts charts, ReportFormat format, OutputStream out)
            throws ReportException {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Map<String, Object> parameters = TeamListTemplate.frameParameters(header.frame());
        parameters.put("TITLE", TeamListTemplate.nfc(header.title()));
        parameters.put("SUBTITLE", TeamListTemplate.nfc(header.subtitle()));
        parameters.put("SUMMARY", TeamListTemplate.nfc(header.summary()));
        parameters.put("NOTES", TeamListTemplate.nfc(header.notes()));
        try {
            JasperFillManager filler = JasperFillManager.getInstance(context);
            List<JasperPrint> prints = new ArrayList<>();
            prints.add(filler.fill(template, parameters, new Rows(rows)));
            if (annex != null) {
                prints.addAll(fillAnnex(filler, annex, header.frame(), prints.get(0).getPages().size()));
            }
            if (charts != null && format == ReportFormat.PDF) {
                int pages = prints.stream().mapToInt(print -> print.getPages().size()).sum();
                prints.add(fillCharts(filler, charts, header.frame(), pages));
            }
            Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter = switch (format) {
                case PDF -> new JRPdfExporter(context);
                case XLSX -> new JRXlsxExporter(context);
            };
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
            // The signature block ends the report, before the annex.
            JasperPrint report = prints.get(0);
            return format == ReportFormat.PDF ? TeamListTemplate.signatureSpot(report, report.getPages().size() - 1)
                    : null;
        } catch (JRException | JRRuntimeException e) {
            throw new ReportException("Cannot render the monthly report as " + format, e);
        }
    }

    /** One annex table per {@value #ANNEX_INDICATORS} indicators, each numbering its pages on from the last. */
    private List<JasperPrint> fillAnnex(JasperFillManager filler, MonthlyReportAnnex annex, DocumentFrame frame,
                                        int pagesBefore) throws JRException {
        List<JasperPrint> prints = new ArrayList<>();
        int pages = pagesBefore;
        int indicators = annex.indicators().size();
        for (int from = 0; from == 0 || from < indicators; from += ANNEX_INDICATORS) {
            int to = Math.min(indicators, from + ANNEX_INDICATORS);
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("HEADING", TeamListTemplate.nfc(annex.heading()));
            parameters.put("REFERENCE", TeamListTemplate.nfc(reference(frame)));
            parameters.put("UNIT_HEADER", TeamListTemplate.nfc(annex.unitHeader()));
            parameters.put("PAGE_OFFSET", pages);
            for (int i = from; i < to; i++) {
                parameters.put("H" + (i - from + 1), TeamListTemplate.nfc(annex.indicators().get(i)));
            }
            parameters.put(JRParameter.REPORT_LOCALE, TeamListTemplate.VIETNAMESE);
            JasperPrint print = filler.fill(annexTemplate, parameters, new AnnexRows(annex.rows(), from, to));
            pages += print.getPages().size();
            prints.add(print);
        }
        return prints;
    }

    /** The charts' page, numbered on from the pages before. */
    private JasperPrint fillCharts(JasperFillManager filler, MonthlyReportCharts charts, DocumentFrame frame,
                                   int pagesBefore) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("HEADING", TeamListTemplate.nfc(charts.heading()));
        parameters.put("REFERENCE", TeamListTemplate.nfc(reference(frame)));
        parameters.put("PAGE_OFFSET", pagesBefore);
        parameters.put("REPORTING_CHART", new ChartDrawing.Reporting(charts));
        parameters.put("ACTIVITY_CHART", new ChartDrawing.Activity(charts));
        parameters.put(JRParameter.REPORT_LOCALE, TeamListTemplate.VIETNAMESE);
        return filler.fill(chartsTemplate, parameters);
    }

    /** "(Kèm theo Báo cáo số 27/BC-VHTT ngày 22/07/2022 của Phòng Văn hóa và Thông tin)"; a draft leaves the number blank. */
    static String reference(DocumentFrame frame) {
        return "(Kèm theo Báo cáo số " + frame.numberLine().substring("Số: ".length()) + " ngày "
                + DAY.format(frame.date()) + " của " + frame.issuingBody() + ")";
    }

    private static JasperReport load(String resource) {
        try (InputStream in = MonthlyReportForm.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("Compiled template " + resource + " is not on the class path; "
                        + "it is produced by the module build (exec-maven-plugin, phase process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException | IOException e) {
            throw new ReportException("Cannot load " + resource, e);
        }
    }

    /** The annex rows as the annex template's fields, values {@code from} (inclusive) to {@code to}. */
    private static final class AnnexRows implements JRDataSource {
        private final List<MonthlyReportAnnex.Row> rows;
        private final int from;
        private final int to;
        private int index = -1;

        AnnexRows(List<MonthlyReportAnnex.Row> rows, int from, int to) {
            this.rows = rows;
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean next() {
            return ++index < rows.size();
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            MonthlyReportAnnex.Row row = rows.get(index);
            String name = field.getName();
            return switch (name) {
                case "unitName" -> TeamListTemplate.nfc(row.unitName());
                case "status" -> TeamListTemplate.nfc(row.status());
                case "teams" -> row.teams();
                case "members" -> row.members();
                default -> {
                    if (!name.matches("v\\d+")) {
                        throw new JRException("Template asks for unknown field " + name);
                    }
                    int i = from + Integer.parseInt(name.substring(1)) - 1;
                    Long value = i < to ? row.values().get(i) : null;
                    // A figure nobody entered is reported as 0, as on paper.
                    yield i < to && value == null ? Long.valueOf(0L) : value;
                }
            };
        }
    }

    /** The rows as the template's fields. */
    private static final class Rows implements JRDataSource {
        private final List<MonthlyReportRow> rows;
        private int index = -1;

        Rows(List<MonthlyReportRow> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            return ++index < rows.size();
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            MonthlyReportRow row = rows.get(index);
            return switch (field.getName()) {
                case "section" -> TeamListTemplate.nfc(row.section());
                case "label" -> TeamListTemplate.nfc(row.label());
                case "amount" -> row.amount();
                default -> throw new JRException("Template asks for unknown field " + field.getName());
            };
        }
    }
}
