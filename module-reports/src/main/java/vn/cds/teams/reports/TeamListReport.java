package vn.cds.teams.reports;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Renders form F1, "DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU", as PDF or XLSX.
 *
 * <p>Thread-safe and meant to be shared: the compiled template is loaded once. Memory stays bounded for large
 * units (a province, the whole country): rows are read from the iterator as the report fills, and once a list is
 * longer than {@link #DEFAULT_VIRTUALIZE_ABOVE_ROWS} rows the filled pages are kept in a swap file, not on the heap.
 */
public final class TeamListReport {

    /** About 30 pages; a commune or district list stays below it and never touches the disk. */
    public static final int DEFAULT_VIRTUALIZE_ABOVE_ROWS = 1_000;

    /** Filled pages kept on the heap before the virtualizer swaps them out (a page is about 200 elements). */
    private static final int PAGES_IN_MEMORY = 20;
    private static final int SWAP_BLOCK_SIZE = 4096;
    private static final int SWAP_MIN_GROW_BLOCKS = 256;

    private final JasperReportsContext context = newContext();
    private final JasperReport template = TeamListTemplate.load();
    private final int virtualizeAboveRows;
    private final Path swapDirectory;

    /** Virtualizes lists above {@value #DEFAULT_VIRTUALIZE_ABOVE_ROWS} rows into {@code java.io.tmpdir}. */
    public TeamListReport() {
        this(DEFAULT_VIRTUALIZE_ABOVE_ROWS, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param virtualizeAboveRows lists with more rows than this fill through a swap-file virtualizer
     * @param swapDirectory       where the temporary swap files go; each is deleted when its render ends
     */
    public TeamListReport(int virtualizeAboveRows, Path swapDirectory) {
        if (virtualizeAboveRows < 0) {
            throw new IllegalArgumentException("virtualizeAboveRows must be >= 0: " + virtualizeAboveRows);
        }
        this.virtualizeAboveRows = virtualizeAboveRows;
        this.swapDirectory = Objects.requireNonNull(swapDirectory, "swapDirectory");
    }

    /**
     * Writes the list to {@code out}, which is flushed but left open.
     *
     * @param rows in print order (see {@link TeamListRow}); consumed once, possibly straight from a database cursor
     * @return where a PDF has room for a visible signature (for {@link PdfSigner}); null for XLSX
     */
    public SignatureSpot render(TeamListHeader header, Iterator<TeamListRow> rows, ReportFormat format, OutputStream out)
            throws ReportException {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");

        // The row count is unknown up front: read up to the threshold, and only a longer list pays for the disk.
        List<TeamListRow> head = new ArrayList<>();
        while (head.size() <= virtualizeAboveRows && rows.hasNext()) {
            head.add(rows.next());
        }
        boolean large = head.size() > virtualizeAboveRows;
        Iterator<TeamListRow> allRows = large ? concat(head.iterator(), rows) : head.iterator();

        JRSwapFileVirtualizer virtualizer = large ? newVirtualizer() : null;
        try {
            Map<String, Object> parameters = TeamListTemplate.parameters(header);
            if (virtualizer != null) {
                parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(template, parameters, new TeamListDataSource(allRows));
            if (virtualizer != null) {
                // Filled pages no longer change: export reads them back without writing them out again.
                virtualizer.setReadOnly(true);
            }
            export(print, format, out);
            return format == ReportFormat.PDF ? TeamListTemplate.signatureSpot(print, print.getPages().size() - 1)
                    : null;
        } catch (JRException | JRRuntimeException e) {
            throw new ReportException("Cannot render form F1 as " + format, e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    private static JasperReportsContext newContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        // Each render deletes its own swap file; File.deleteOnExit would also remember every file name until the
        // server stops, a slow leak in a long-running process.
        context.setProperty(JRSwapFile.PROPERTY_DELETE_ON_EXIT, "false");
        return context;
    }

    private JRSwapFileVirtualizer newVirtualizer() {
        JRSwapFile swapFile = new JRSwapFile(context, swapDirectory.toString(), SWAP_BLOCK_SIZE, SWAP_MIN_GROW_BLOCKS);
        // swapOwner = true: cleanup() also deletes the swap file.
        return new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swapFile, true);
    }

    private void export(JasperPrint print, ReportFormat format, OutputStream out) throws JRException {
        // XLSX sheet layout (one sheet, frozen header, no repeated headers or page footers) is set by properties
        // in the template, next to the bands they concern.
        Exporter<ExporterInput, ?, ?, OutputStreamExporterOutput> exporter = switch (format) {
            case PDF -> new JRPdfExporter(context);
            case XLSX -> new JRXlsxExporter(context);
        };
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
    }

    private static <T> Iterator<T> concat(Iterator<T> first, Iterator<T> second) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || second.hasNext();
            }

            @Override
            public T next() {
                if (first.hasNext()) {
                    return first.next();
                }
                if (second.hasNext()) {
                    return second.next();
                }
                throw new NoSuchElementException();
            }
        };
    }
}
