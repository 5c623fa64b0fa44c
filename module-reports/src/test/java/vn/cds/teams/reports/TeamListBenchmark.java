package vn.cds.teams.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Form F1 to PDF at province (3,000 teams) and country (100,000 teams) size: {@link TeamListReport} (rows
 * streamed from an iterator, swap-file virtualizer) against bare JasperReports on the same compiled template
 * (all rows in a list, no virtualizer). Not a test; run with a small heap, see docs/BENCHMARKS.md:
 * {@code mvn -q -pl module-reports test-compile exec:exec -Pbench}. Arguments: row counts (default 3000 100000).
 */
public final class TeamListBenchmark {

    private static final long MIB = 1024 * 1024;

    /** Measured runs of each path and size (the median is the figure). */
    private static final int ROUNDS = 3;

    /** The most heap in use right after any collection: what the run really kept alive. */
    private static final AtomicLong MAX_LIVE_AFTER_GC = new AtomicLong();

    private record Run(String name, double seconds, long peakHeap, long liveAfterGc, int pages, String failure) {

        String describe() {
            return failure != null ? String.format("%s failed after %.1f s: %s", name, seconds, failure)
                    : String.format("%s %.1f s, peak heap %d MiB, max live after GC %d MiB, %d pages", name,
                            seconds, peakHeap / MIB, liveAfterGc / MIB, pages);
        }

        /** Several runs of one path: the median time, the most memory any of them used, or the first failure. */
        static Run of(List<Run> runs) {
            Run failed = runs.stream().filter(r -> r.failure != null).findFirst().orElse(null);
            if (failed != null) {
                return failed;
            }
            double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
            return new Run(runs.get(0).name + " (runs " + runs.stream().map(r -> String.format("%.1f", r.seconds))
                    .collect(Collectors.joining(" ")) + " s, median)", seconds[seconds.length / 2],
                    runs.stream().mapToLong(Run::peakHeap).max().orElse(0),
                    runs.stream().mapToLong(Run::liveAfterGc).max().orElse(0), runs.get(0).pages, null);
        }
    }

    @FunctionalInterface
    private interface Render {
        void to(Path pdf) throws Exception;
    }

    private TeamListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(3_000, 100_000);
        }
        watchCollections();
        Path dir = Files.createTempDirectory("f1-bench");
        TeamListReport report = new TeamListReport();
        JasperReport template = TeamListTemplate.load();

        System.out.printf("max heap %d MiB, %d cores, %s %s%n", Runtime.getRuntime().maxMemory() / MIB,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
        // Warm-up (class loading, fonts, JIT) with both paths; not reported.
        measure("warm-up", dir, pdf -> streamed(report, 3_000, pdf));
        measure("warm-up", dir, pdf -> bare(template, 3_000, pdf));

        for (int teams : sizes) {
            // Each path ROUNDS times, in turn, and the medians compared: a single run of each measured the first one
            // while the JIT was still compiling the fill and export code for the size, and the second with that
            // work done (2026-11-29: ratio 1.22-1.26 for the country, 1.02-1.03 once both paths were warm).
            List<Run> ours = new ArrayList<>();
            List<Run> theirs = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                boolean oursFirst = round % 2 == 0;
                if (oursFirst) {
                    ours.add(measure("TeamListReport", dir, pdf -> streamed(report, teams, pdf)));
                }
                theirs.add(measure("bare JasperReports", dir, pdf -> bare(template, teams, pdf)));
                if (!oursFirst) {
                    ours.add(measure("TeamListReport", dir, pdf -> streamed(report, teams, pdf)));
                }
            }
            Run streamed = Run.of(ours);
            Run bare = Run.of(theirs);
            String unit = teams <= 10_000 ? "province" : "country";
            // One line a figure, named and with its ratio first (docs/BENCHMARKS.md, all-benchmarks.sh).
            System.out.printf("P2 F1 %s %,d teams: %.1f s vs bare JasperReports %s, ratio %s; %s | %s%n", unit, teams,
                    streamed.seconds, bare.failure == null ? String.format("%.1f s", bare.seconds) : "failed",
                    bare.failure == null && streamed.failure == null
                            ? String.format("%.2f", streamed.seconds / bare.seconds) : "n/a",
                    streamed.describe(), bare.describe());
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** What the application does: rows streamed from a cursor-like iterator through TeamListReport. */
    private static void streamed(TeamListReport report, int teams, Path pdf) throws IOException {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            report.render(TeamListRows.PROVINCE_HEADER, TeamListRows.province(teams), ReportFormat.PDF, out);
        }
    }

    /** The baseline: the same rows loaded into a list first, then a plain fill and PDF export. */
    private static void bare(JasperReport template, int teams, Path pdf) throws Exception {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Iterator<TeamListRow> it = TeamListRows.province(teams); it.hasNext(); ) {
            TeamListRow row = it.next();
            Map<String, Object> values = new HashMap<>();
            for (JRField field : template.getFields()) {
                values.put(field.getName(), TeamListTemplate.fieldValue(row, field.getName()));
            }
            rows.add(values);
        }
        JasperPrint print = JasperFillManager.fillReport(template,
                TeamListTemplate.parameters(TeamListRows.PROVINCE_HEADER), new JRMapCollectionDataSource(rows));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        }
    }

    private static Run measure(String name, Path dir, Render render) throws Exception {
        Path pdf = dir.resolve("f1.pdf");
        Files.deleteIfExists(pdf);
        settleHeap();
        long start = System.nanoTime();
        String failure = null;
        try {
            render.to(pdf);
        } catch (OutOfMemoryError e) {
            failure = "OutOfMemoryError (" + e.getMessage() + ")";
        } catch (Exception e) {
            OutOfMemoryError oom = outOfMemoryIn(e);
            if (oom == null) {
                throw e;
            }
            failure = "OutOfMemoryError (" + oom.getMessage() + ")";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heapPeak();
        long live = MAX_LIVE_AFTER_GC.get();
        int pages = failure == null ? pageCount(pdf) : 0;
        return new Run(name, seconds, peak, live, pages, failure);
    }

    private static OutOfMemoryError outOfMemoryIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** Collects what the previous run left and restarts both memory gauges. */
    private static void settleHeap() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        MAX_LIVE_AFTER_GC.set(0);
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different moments). */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return Math.min(peak, Runtime.getRuntime().maxMemory());
    }

    private static void watchCollections() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                // The GC reports every pool, metaspace and code cache included: count the heap only.
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                MAX_LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /** pdfinfo's page count; -1 where poppler-utils is not installed. */
    private static int pageCount(Path pdf) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
            String info = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(info);
            return pages.find() ? Integer.parseInt(pages.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
