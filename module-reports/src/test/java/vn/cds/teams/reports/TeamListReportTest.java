package vn.cds.teams.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cds.teams.reports.Poppler.Word;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TeamListReportTest {

    private static final String TITLE = "DANH SÁCH TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG XÃ, BẢN, TIỂU KHU";
    private static final List<String> COLUMN_HEADERS = List.of("STT", "Tên Tổ Chuyển đổi số cộng đồng",
            "Họ và tên Tổ trưởng", "Số điện thoại", "Chức vụ chính quyền địa phương");
    private static final String VACANT = "(chưa có Tổ trưởng)";

    // Mirrors team-list-f1.jrxml (points): A4 landscape 595 high, margins 57 + 57, title band 118, column header
    // 34, page header (page number) 20 from page 2 on, one-line detail row 20.
    private static final int BODY_HEIGHT = 595 - 57 - 57;
    private static final int ROWS_ON_FIRST_PAGE = (BODY_HEIGHT - 118 - 34) / 20;
    private static final int ROWS_PER_PAGE = (BODY_HEIGHT - 20 - 34) / 20;

    /** One instance for all tests, as the application shares it. */
    private static final TeamListReport REPORT = new TeamListReport();
    private static final Path OUT = Path.of("target", "f1");

    @BeforeAll
    static void createOutputFolder() throws IOException {
        Files.createDirectories(OUT);
    }

    @Test
    void communeListShowsTheFormWithEveryDiacriticIntact() throws IOException {
        // One name arrives decomposed (NFD), as from an old Windows machine; it must print composed.
        List<TeamListRow> rows = new ArrayList<>(TeamListRows.QUANG_MINH);
        TeamListRow first = rows.get(0);
        rows.set(0, new TeamListRow(null, null, first.teamName(),
                Normalizer.normalize(first.leaderName(), Normalizer.Form.NFD), first.phone(), first.position()));
        Path pdf = render("commune.pdf", TeamListRows.COMMUNE_HEADER, rows.iterator(), ReportFormat.PDF);
        Poppler.firstPageToPng(pdf, Path.of("target", "screenshots", "f1-commune-page1.png"));

        String text = Poppler.text(pdf, "-layout");
        for (String expected : List.of(TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Vân Hồ, ngày 15 tháng 6 năm 2022", "CHỦ TỊCH", "Hà Văn Đức",
                "Ghi chú: Các xã gửi danh sách")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
        // Header cells wrap over two lines, so compare them in content order with the line breaks joined.
        String raw = String.join(" ", Poppler.text(pdf, "-raw").split("\\s+"));
        for (String header : COLUMN_HEADERS) {
            assertTrue(raw.contains(header), () -> "missing column header '" + header + "' in:\n" + raw);
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < TeamListRows.QUANG_MINH.size(); i++) {
            TeamListRow row = TeamListRows.QUANG_MINH.get(i);
            String leader = row.leaderName() == null ? VACANT : row.leaderName();
            String line = lineContaining(lines, row.teamName());
            assertTrue(line.matches("\\s*" + (i + 1) + "\\s+" + Pattern.quote(row.teamName()) + "\\s+"
                            + Pattern.quote(leader) + "(\\s.*)?"),
                    () -> "row " + row + " printed as: " + line);
        }
        // A single commune's list has no sub-headings: its name is printed once, on the commune team's row.
        assertEquals(1, lines.stream().filter(l -> l.contains("Xã Quang Minh")).count(), text);
    }

    @Test
    void communeListReadsInTheDecreesOrder() throws IOException {
        Path pdf = render("commune-order.pdf", TeamListRows.COMMUNE_HEADER, TeamListRows.QUANG_MINH.iterator(),
                ReportFormat.PDF);
        List<String> lines = Poppler.text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        // The issuing body on its own line under the superior body, then the number, date, title, table,
        // recipients and the signature block with the signer's name.
        int superior = indexOf(lines, "ỦY BAN NHÂN DÂN", 0);
        assertEquals("XÃ QUANG MINH", lines.get(superior + 1), String.join("\n", lines));
        int number = indexOf(lines, "Số: 15/DS-UBND", superior);
        int date = indexOf(lines, "Vân Hồ, ngày 15 tháng 6 năm 2022", 0);
        int title = indexOf(lines, TITLE, Math.max(number, date));
        int table = indexOf(lines, "Bản Chiềng Khoa", title);
        int recipients = indexOf(lines, "Nơi nhận:", table);
        indexOf(lines, "- Lưu: VT, VHXH.", recipients);
        int signer = indexOf(lines, "TM. ỦY BAN NHÂN DÂN", table);
        int chair = indexOf(lines, "CHỦ TỊCH", signer);
        indexOf(lines, "Hà Văn Đức", chair);
        assertFalse(String.join("\n", lines).contains("DỰ THẢO"), "a numbered copy is no draft");
    }

    @Test
    void draftHasNoNumberAndSaysSo() throws IOException {
        DocumentFrame frame = TeamListRows.COMMUNE_FRAME;
        DocumentFrame draft = new DocumentFrame(frame.superiorBody(), frame.issuingBody(), null, frame.symbol(),
                frame.placeName(), frame.date(), frame.signatureTitle(), frame.signerName(), frame.recipients());
        Path pdf = render("commune-draft.pdf", new TeamListHeader(draft, null), TeamListRows.QUANG_MINH.iterator(),
                ReportFormat.PDF);
        String text = Poppler.text(pdf, "-layout");
        assertTrue(text.contains("DỰ THẢO"), text);
        assertTrue(text.matches("(?s).*Số:\\s+/DS-UBND.*"), text);
    }

    @Test
    void longestNamesFitOnOneLine() throws IOException {
        String leader = "Nguyễn Thị Phương Thảo Hoàng Ý";    // 30 characters
        String team = "Tổ chuyển đổi số cộng đồng bản Phiêng Cọ"; // 40 characters
        assertEquals(30, leader.length());
        assertEquals(40, team.length());
        List<TeamListRow> rows = List.of(new TeamListRow(null, null, team, leader, "0914123456", "Trưởng bản"));
        Path pdf = render("longest-names.pdf", TeamListRows.COMMUNE_HEADER, rows.iterator(), ReportFormat.PDF);
        String line = lineContaining(Poppler.text(pdf, "-layout").lines().toList(), leader);
        assertTrue(line.contains(team), "wrapped: " + line);
    }

    @Test
    void fortyPageProvinceListNumbersPagesTwoOnAtTheTopCentre() throws IOException {
        int teams = ROWS_ON_FIRST_PAGE + 38 * ROWS_PER_PAGE + 1; // one row and the signature on page 40
        Path pdf = render("40-pages.pdf", TeamListRows.PROVINCE_HEADER, TeamListRows.singleLine(teams),
                ReportFormat.PDF);
        assertEquals(40, Poppler.pageCount(pdf));
        List<Word> first = Poppler.words(pdf, 1);
        assertFalse(first.stream().anyMatch(w -> w.text().equals("1") && w.yMin() < 80), "page 1 is unnumbered");
        for (int page = 2; page <= 40; page++) {
            List<Word> words = Poppler.words(pdf, page);
            Word top = words.stream().min(java.util.Comparator.comparingDouble(Word::yMin)).orElseThrow();
            assertEquals(Integer.toString(page), top.text(), "topmost word of page " + page);
            // Centred over the text column: left margin 85 pt, column 714 pt wide.
            assertEquals(85 + 714 / 2.0, (top.xMin() + top.xMax()) / 2, 6, "page number centred on page " + page);
            assertTrue(words.stream().filter(w -> w != top).allMatch(w -> w.yMin() > top.yMax()), "page " + page);
        }
    }

    @Test
    void pdfEmbedsEveryFontAndUsesNoBase14Font() throws IOException {
        Path pdf = render("fonts.pdf", TeamListRows.COMMUNE_HEADER, TeamListRows.QUANG_MINH.iterator(),
                ReportFormat.PDF);
        List<String[]> fonts = Poppler.fonts(pdf);
        assertFalse(fonts.isEmpty(), "pdffonts lists no font");
        for (String[] font : fonts) {
            String line = String.join(" ", font);
            assertTrue(font[0].contains("LiberationSerif"), () -> "unexpected font: " + line);
            assertFalse(line.contains("Helvetica"), () -> "base-14 font: " + line);
            assertTrue(line.contains("Identity-H yes"), () -> "font not embedded: " + line);
        }
    }

    @Test
    void provinceListHasASubHeadingWheneverDistrictOrCommuneChanges() throws IOException {
        List<TeamListRow> rows = List.of(
                new TeamListRow("Huyện Vân Hồ", "Xã Quang Minh", "Xã Quang Minh", "Lò Văn Bình", "0914123456", "Bí thư Đoàn xã"),
                new TeamListRow("Huyện Vân Hồ", "Xã Quang Minh", "Bản Suối Lìn", "Nguyễn Thị Ểnh", "0843123456", "Trưởng bản"),
                new TeamListRow("Huyện Vân Hồ", "Xã Chiềng Khoa", "Xã Chiềng Khoa", "Đinh Văn Lư", "0971234567", "Bí thư Đoàn xã"),
                new TeamListRow("Huyện Mộc Châu", "Xã Đông Sang", "Tiểu khu Ổ Ộ", null, null, "Trưởng tiểu khu"));
        Path pdf = render("province.pdf", TeamListRows.PROVINCE_HEADER, rows.iterator(), ReportFormat.PDF);

        List<String> lines = Poppler.text(pdf, "-layout").lines().map(String::strip).toList();
        List<String> headings = List.of("Huyện Vân Hồ", "Xã Quang Minh", "Xã Chiềng Khoa", "Huyện Mộc Châu",
                "Xã Đông Sang");
        List<String> printedHeadings = lines.stream().filter(headings::contains).toList();
        assertEquals(headings, printedHeadings, String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.matches("4\\s+Tiểu khu Ổ Ộ\\s+\\(chưa có Tổ trưởng\\)\\s+Trưởng tiểu khu")),
                String.join("\n", lines));
        String raw = Poppler.text(pdf, "-raw");
        assertTrue(raw.contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLò Minh Hùng"),
                "a deputy signs for the chairman: " + raw);
    }

    @Test
    void threeThousandTeamsFillTheExpectedPagesWithPageNumbers() throws IOException {
        int teams = 3_000;
        Path pdf = render("3000.pdf", TeamListRows.PROVINCE_HEADER, TeamListRows.singleLine(teams), ReportFormat.PDF);

        int pages = Poppler.pageCount(pdf);
        int expected = 1 + ceilDiv(teams - ROWS_ON_FIRST_PAGE, ROWS_PER_PAGE);
        assertEquals(expected, pages, "pages for " + teams + " one-line rows");
        String lastPage = Poppler.pageText(pdf, pages);
        assertEquals(Integer.toString(pages), lastPage.strip().lines().findFirst().orElseThrow().strip(), lastPage);
        assertTrue(lastPage.matches("(?s).*\\b" + teams + "\\s+Bản số " + teams + "\\s+Lò Văn Ơn.*"), lastPage);
        // The header is repeated on every page.
        String middlePage = Poppler.pageText(pdf, pages / 2);
        assertTrue(middlePage.contains("Số điện thoại") && middlePage.contains("Họ và tên Tổ trưởng"), middlePage);
    }

    @Test
    void signatureBlockMovedToItsOwnPageKeepsThePageNumber() throws IOException {
        // Fill page 2 exactly: the footnote and signature block no longer fit and start page 3.
        int teams = ROWS_ON_FIRST_PAGE + ROWS_PER_PAGE;
        Path pdf = render("full-pages.pdf", TeamListRows.COMMUNE_HEADER, TeamListRows.singleLine(teams),
                ReportFormat.PDF);
        assertEquals(3, Poppler.pageCount(pdf));
        assertTrue(Poppler.pageText(pdf, 2).contains("Bản số " + teams), "last row on page 2");
        String lastPage = Poppler.pageText(pdf, 3);
        assertTrue(lastPage.contains("CHỦ TỊCH") && lastPage.strip().startsWith("3"), lastPage);
    }

    @Test
    void virtualizedRenderPrintsTheSameAsInMemory() throws IOException {
        int teams = 400;
        TeamListReport inMemory = new TeamListReport(Integer.MAX_VALUE, OUT);
        TeamListReport alwaysVirtualized = new TeamListReport(0, OUT);
        Path plain = OUT.resolve("in-memory.pdf");
        Path swapped = OUT.resolve("virtualized.pdf");
        try (OutputStream out = Files.newOutputStream(plain)) {
            inMemory.render(TeamListRows.PROVINCE_HEADER, TeamListRows.province(teams), ReportFormat.PDF, out);
        }
        try (OutputStream out = Files.newOutputStream(swapped)) {
            alwaysVirtualized.render(TeamListRows.PROVINCE_HEADER, TeamListRows.province(teams), ReportFormat.PDF, out);
        }
        assertEquals(Poppler.text(plain, "-layout"), Poppler.text(swapped, "-layout"));
        try (var files = Files.list(OUT)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("swap_")), "swap file left behind");
        }
    }

    @Test
    void xlsxHoldsTheSameRowsWithNumericSttAndAFrozenHeader() throws IOException {
        // Enough rows for several PDF pages: repeated headers and page footers must not reach the sheet.
        List<TeamListRow> rows = new ArrayList<>(TeamListRows.QUANG_MINH);
        TeamListRows.singleLine(95).forEachRemaining(rows::add);
        Path xlsx = render("commune.xlsx", TeamListRows.COMMUNE_HEADER, rows.iterator(), ReportFormat.XLSX);

        try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            int headerRow = -1;
            List<Row> dataRows = new ArrayList<>();
            for (Row row : sheet) {
                Cell first = row.getCell(0);
                if (first == null) {
                    continue;
                }
                if (first.getCellType() == CellType.STRING && first.getStringCellValue().equals("STT")) {
                    assertEquals(-1, headerRow, "header row repeated at row " + row.getRowNum());
                    headerRow = row.getRowNum();
                    assertEquals(COLUMN_HEADERS, texts(row, 5));
                } else if (first.getCellType() == CellType.NUMERIC) {
                    dataRows.add(row);
                }
                assertFalse(texts(row, 5).stream().anyMatch(t -> t.startsWith("Trang ")), "page footer in sheet");
            }
            assertTrue(headerRow >= 0, "no header row");

            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "no freeze pane");
            assertTrue(pane.isFreezePane());
            assertEquals(headerRow + 1, pane.getHorizontalSplitPosition(), "frozen below the header row");

            assertEquals(rows.size(), dataRows.size());
            for (int i = 0; i < rows.size(); i++) {
                TeamListRow expected = rows.get(i);
                Row row = dataRows.get(i);
                assertEquals(i + 1, row.getCell(0).getNumericCellValue(), "STT");
                assertEquals(expected.teamName(), row.getCell(1).getStringCellValue());
                assertEquals(expected.leaderName() == null ? VACANT : expected.leaderName(),
                        row.getCell(2).getStringCellValue());
                if (expected.phone() != null) {
                    // Phones stay text: a number cell would drop the leading 0.
                    assertEquals(CellType.STRING, row.getCell(3).getCellType());
                    assertEquals(expected.phone(), row.getCell(3).getStringCellValue());
                }
            }
        }
    }

    @Test
    void emptyListStillPrintsTheFormForSigning() throws IOException {
        Path pdf = render("empty.pdf", TeamListRows.COMMUNE_HEADER, Collections.emptyIterator(), ReportFormat.PDF);
        assertEquals(1, Poppler.pageCount(pdf));
        String text = Poppler.text(pdf, "-layout");
        assertTrue(text.contains(TITLE) && text.contains("CHỦ TỊCH") && text.contains("Nơi nhận:"), text);
    }

    @Test
    void sharedInstanceRendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                int teams = 20 * n;
                texts.add(pool.submit(() -> {
                    Path pdf = render("parallel-" + teams + ".pdf", TeamListRows.PROVINCE_HEADER,
                            TeamListRows.singleLine(teams), ReportFormat.PDF);
                    return Poppler.text(pdf, "-layout");
                }));
            }
            for (int n = 1; n <= 6; n++) {
                int teams = 20 * n;
                String text = texts.get(n - 1).get();
                assertTrue(text.contains("Bản số " + teams) && !text.contains("Bản số " + (teams + 1)),
                        "render of " + teams + " rows got another render's rows");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void placeDateLineFollowsDecree30() {
        assertEquals("Vân Hồ, ngày 15 tháng 6 năm 2022",
                TeamListTemplate.placeDateLine("Vân Hồ", LocalDate.of(2022, 6, 15)));
        // Leading zero for days below 10 and for January and February.
        assertEquals("Sơn La, ngày 05 tháng 02 năm 2023",
                TeamListTemplate.placeDateLine("Sơn La", LocalDate.of(2023, 2, 5)));
        assertEquals("Sơn La, ngày 01 tháng 12 năm 2023",
                TeamListTemplate.placeDateLine("Sơn La", LocalDate.of(2023, 12, 1)));
    }

    @Test
    void renderReportsBadInputAsReportException() {
        Iterator<TeamListRow> withNull = Arrays.asList(TeamListRows.QUANG_MINH.get(0), null).iterator();
        assertThrows(ReportException.class, () -> REPORT.render(TeamListRows.COMMUNE_HEADER, withNull,
                ReportFormat.PDF, new ByteArrayOutputStream()));
        assertThrows(NullPointerException.class, () -> new TeamListHeader(null, null));
        assertThrows(NullPointerException.class, () -> new DocumentFrame("Ủy ban nhân dân", null, 1, "DS-UBND",
                "Vân Hồ", LocalDate.now(), "CHỦ TỊCH", null, List.of()));
    }

    private static Path render(String fileName, TeamListHeader header, Iterator<TeamListRow> rows,
                               ReportFormat format) throws IOException {
        Path file = OUT.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            REPORT.render(header, rows, format, out);
        }
        return file;
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + line + "' from line " + from + " in:\n" + String.join("\n", lines));
    }

    private static String lineContaining(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + text + "' in:\n" + String.join("\n", lines)));
    }

    private static List<String> texts(Row row, int cells) {
        return java.util.stream.IntStream.range(0, cells)
                .mapToObj(row::getCell)
                .map(c -> c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue())
                .collect(Collectors.toList());
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
