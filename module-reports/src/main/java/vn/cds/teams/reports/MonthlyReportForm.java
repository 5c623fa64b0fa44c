package vn.cds.teams.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
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

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final JasperReport template = load();

    /** Writes the report to {@code out}, which is flushed but left open. */
    public void render(MonthlyReportHeader header, List<MonthlyReportRow> rows, ReportFormat format, OutputStream out)
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
            JasperPrint print = JasperFillManager.getInstance(context).fill(template, parameters, new Rows(rows));
            Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter = switch (format) {
                case PDF -> new JRPdfExporter(context);
                case XLSX -> new JRXlsxExporter(context);
            };
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        } catch (JRException | JRRuntimeException e) {
            throw new ReportException("Cannot render the monthly report as " + format, e);
        }
    }

    private static JasperReport load() {
        try (InputStream in = MonthlyReportForm.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ReportException("Compiled template " + RESOURCE + " is not on the class path; "
                        + "it is produced by the module build (exec-maven-plugin, phase process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException | IOException e) {
            throw new ReportException("Cannot load " + RESOURCE, e);
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
