package vn.cds.teams.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyReportFormTest {

    private final MonthlyReportForm form = new MonthlyReportForm();

    @Test
    void aCommunesMonthReadsBackWithItsDiacriticsAndEmbeddedFonts() throws Exception {
        DocumentFrame frame = new DocumentFrame("Ủy ban nhân dân", "Xã Vân Hồ", 27, "BC-UBND", "Vân Hồ",
                LocalDate.of(2022, 7, 18), "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Mùa A Sử",
                List.of("- UBND huyện Vân Hồ;", "- Phòng Văn hóa và Thông tin huyện;", "- Lưu: VT, VHXH."));
        MonthlyReportHeader header = new MonthlyReportHeader(frame, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG",
                "Tháng 7 năm 2022 (số liệu từ 15/6/2022 đến 14/7/2022)",
                "Số Tổ đã thành lập: 6; số thành viên: 37; giáo viên tham gia Tổ: 2.",
                "Khó khăn, đề xuất: Sóng điện thoại yếu ở bản vùng cao.");
        List<MonthlyReportRow> rows = List.of(
                new MonthlyReportRow("Chính quyền số", "Số người được hướng dẫn sử dụng dịch vụ công trực tuyến", 1200L),
                new MonthlyReportRow("Kinh tế số", "Số tài khoản thanh toán điện tử được mở", 35L),
                new MonthlyReportRow("Xã hội số", "Số người được hướng dẫn cài đặt dịch vụ số về y tế", null));
        Path dir = Files.createDirectories(Path.of("target", "monthly"));
        Path pdf = dir.resolve("commune.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            form.render(header, rows, ReportFormat.PDF, out);
        }
        Poppler.firstPageToPng(pdf, Path.of("target", "screenshots", "monthly-commune-page1.png"));
        String text = Poppler.text(pdf, "-raw").replaceAll("\\s+", " ");
        for (String expected : List.of("ỦY BAN NHÂN DÂN XÃ VÂN HỒ", "Số: 27/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Vân Hồ, ngày 18 tháng 7 năm 2022", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG",
                "Chính quyền số", "dịch vụ công trực tuyến 1.200", "Kinh tế số", "Sóng điện thoại yếu",
                "dịch vụ số về y tế 0", "Nơi nhận:", "- Lưu: VT, VHXH.", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Mùa A Sử")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        Poppler.fonts(pdf).forEach(font -> assertTrue(font[0].contains("LiberationSerif"), String.join(" ", font)));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        form.render(header, rows, ReportFormat.XLSX, xlsx);
        assertEquals('P', (char) xlsx.toByteArray()[0], "a zip");
    }

    @Test
    void aDistrictsConsolidationHasAnAnnexRowPerCommuneWithTotals() throws Exception {
        DocumentFrame frame = new DocumentFrame("UBND huyện Vân Hồ", "Phòng Văn hóa và Thông tin", 4, "BC-VHTT",
                "Vân Hồ", LocalDate.of(2022, 7, 22), "TRƯỞNG PHÒNG", "Đinh Thị Lan",
                List.of("- Sở Thông tin và Truyền thông;", "- Lưu: VT."));
        MonthlyReportHeader header = new MonthlyReportHeader(frame,
                "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG", "Tháng 7 năm 2022", null, null);
        List<MonthlyReportRow> rows = List.of(
                new MonthlyReportRow("Chính quyền số", "Số người được hướng dẫn sử dụng dịch vụ công trực tuyến", 989154L),
                new MonthlyReportRow("Kinh tế số", "Số tài khoản thanh toán điện tử được mở", 42L),
                new MonthlyReportRow("Xã hội số", "Số người được hướng dẫn cài đặt dịch vụ số về y tế", null));
        MonthlyReportAnnex annex = new MonthlyReportAnnex("KẾT QUẢ CỦA TỪNG XÃ", "Xã", List.of("(1)", "(2)", "(3)"),
                List.of(new MonthlyReportAnnex.Row("Xã Vân Hồ", "Đúng hạn", 6, 37, java.util.Arrays.asList(1200L, 40L, null)),
                        new MonthlyReportAnnex.Row("Xã Tân Xuân", "Đúng hạn", 1, 5, List.of(987654L, 0L, 0L)),
                        new MonthlyReportAnnex.Row("Xã Quang Minh", "Muộn hạn", 4, 25, List.of(300L, 2L, 0L)),
                        new MonthlyReportAnnex.Row("Xã Chiềng Khoa", "Chưa báo cáo", 0, 0,
                                java.util.Arrays.asList(null, null, null))));
        Path dir = Files.createDirectories(Path.of("target", "monthly"));
        Path pdf = dir.resolve("district-annex.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            form.render(header, rows, annex, ReportFormat.PDF, out);
        }
        Poppler.firstPageToPng(pdf, Path.of("target", "screenshots", "monthly-district-page1.png"));
        int pages = Poppler.pageCount(pdf);
        assertEquals(2, pages, "the report on page 1, the annex on page 2");
        String annexPage = Poppler.pageText(pdf, 2);
        assertEquals("2", annexPage.strip().lines().findFirst().orElseThrow().strip(), "numbered on: " + annexPage);
        assertTrue(annexPage.contains("PHỤ LỤC") && annexPage.contains("KẾT QUẢ CỦA TỪNG XÃ"), annexPage);
        assertTrue(annexPage.contains("(Kèm theo Báo cáo số 4/BC-VHTT ngày 22/07/2022 của Phòng Văn hóa và Thông tin)"),
                annexPage);
        List<String> lines = annexPage.lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        assertTrue(lines.contains("1 Xã Vân Hồ Đúng hạn 6 37 1.200 40 0"), annexPage);
        assertTrue(lines.contains("2 Xã Tân Xuân Đúng hạn 1 5 987.654 0 0"), "a large figure whole: " + annexPage);
        assertTrue(lines.contains("3 Xã Quang Minh Muộn hạn 4 25 300 2 0"), annexPage);
        assertTrue(lines.contains("4 Xã Chiềng Khoa Chưa báo cáo 0 0 0 0 0"), annexPage);
        assertTrue(lines.contains("Tổng cộng 11 67 989.154 42 0"), "totals equal the report's: " + annexPage);

        Path xlsx = dir.resolve("district-annex.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            form.render(header, rows, annex, ReportFormat.XLSX, out);
        }
        try (var in = Files.newInputStream(xlsx);
             org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            assertEquals(2, book.getNumberOfSheets());
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(1);
            List<List<Object>> table = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<Object> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? (Object) c.getNumericCellValue() : c.getStringCellValue()));
                cells.removeIf(""::equals);
                table.add(cells);
            }
            assertTrue(table.contains(List.of(1.0, "Xã Vân Hồ", "Đúng hạn", 6.0, 37.0, 1200.0, 40.0, 0.0)),
                    table.toString());
            assertTrue(table.contains(List.of("Tổng cộng", 11.0, 67.0, 989154.0, 42.0, 0.0)), table.toString());
            assertTrue(table.stream().noneMatch(r -> r.equals(List.of(2.0))), "no page number in the sheet: " + table);
        }
    }

    @Test
    void aDistrictsPdfEndsWithTheChartsDrawnAsVectorsWithTextLabels() throws Exception {
        DocumentFrame frame = new DocumentFrame("UBND huyện Vân Hồ", "Phòng Văn hóa và Thông tin", 4, "BC-VHTT",
                "Vân Hồ", LocalDate.of(2022, 7, 22), "TRƯỞNG PHÒNG", "Đinh Thị Lan",
                List.of("- Sở Thông tin và Truyền thông;", "- Lưu: VT."));
        MonthlyReportHeader header = new MonthlyReportHeader(frame,
                "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG", "Tháng 7 năm 2022", null, null);
        List<MonthlyReportRow> rows = List.of(
                new MonthlyReportRow("Chính quyền số", "Số người được hướng dẫn sử dụng dịch vụ công trực tuyến", 1500L),
                new MonthlyReportRow("Kinh tế số", "Số tài khoản thanh toán điện tử được mở", 42L));
        MonthlyReportAnnex annex = new MonthlyReportAnnex("KẾT QUẢ CỦA TỪNG XÃ", "Xã", List.of("(1)", "(2)"),
                List.of(new MonthlyReportAnnex.Row("Xã Vân Hồ", "Đúng hạn", 6, 37, List.of(1200L, 40L)),
                        new MonthlyReportAnnex.Row("Xã Tân Xuân", "Muộn hạn", 1, 5, List.of(300L, 2L))));
        List<YearMonth> months = new ArrayList<>();
        List<Double> reporting = new ArrayList<>();
        List<Double> onTime = new ArrayList<>();
        List<Long> guided = new ArrayList<>();
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.of(2021, 8).plusMonths(i));
            boolean consolidated = i != 3; // 11/2021 was never consolidated: no figures, not zeros
            reporting.add(consolidated ? 50.0 + 4 * i : null);
            onTime.add(consolidated ? 40.0 + 3.5 * i : null);
            guided.add(consolidated ? 1000L + 50 * i : null);
            accounts.add(consolidated ? (long) i : null);
        }
        MonthlyReportCharts charts = new MonthlyReportCharts("TÌNH HÌNH BÁO CÁO VÀ HOẠT ĐỘNG 12 THÁNG QUA", months,
                reporting, onTime, List.of(
                        new MonthlyReportCharts.Indicator("(1) Số người được hướng dẫn sử dụng dịch vụ công trực tuyến", guided),
                        new MonthlyReportCharts.Indicator("(2) Số tài khoản thanh toán điện tử được mở", accounts)));
        Path pdf = Files.createDirectories(Path.of("target", "monthly")).resolve("district-charts.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            form.render(header, rows, annex, charts, ReportFormat.PDF, out);
        }
        int pages = Poppler.pageCount(pdf);
        assertEquals(3, pages, "the report, the annex, the charts");
        Poppler.pageToPng(pdf, 3, Path.of("target", "screenshots", "monthly-district-charts.png"), 100);
        String chartsPage = Poppler.pageText(pdf, 3);
        assertEquals("3", chartsPage.strip().lines().findFirst().orElseThrow().strip(), "numbered on: " + chartsPage);
        String text = Poppler.text(pdf, "-f", "3", "-l", "3", "-raw").replaceAll("\\s+", " ");
        for (String expected : List.of("TÌNH HÌNH BÁO CÁO VÀ HOẠT ĐỘNG 12 THÁNG QUA",
                "Tỷ lệ báo cáo và tỷ lệ báo cáo đúng hạn theo tháng", "Tỷ lệ báo cáo", "Đúng hạn",
                "08/2021", "11/2021", "07/2022", "94%", "78,5%", "Kết quả hoạt động theo tháng",
                "Số tài khoản thanh toán", "tháng 07/2022: 1.550")) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertTrue(Poppler.images(pdf).isEmpty(), "no raster image: " + Poppler.images(pdf));
        Poppler.fonts(pdf).forEach(font -> assertTrue(font[0].contains("LiberationSerif"), String.join(" ", font)));
        assertEquals(2, Poppler.pageCount(render(header, rows, annex, null)), "no charts, no charts' page");
    }

    private Path render(MonthlyReportHeader header, List<MonthlyReportRow> rows, MonthlyReportAnnex annex,
                        MonthlyReportCharts charts) throws Exception {
        Path pdf = Files.createTempFile(Path.of("target"), "monthly", ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            form.render(header, rows, annex, charts, ReportFormat.PDF, out);
        }
        return pdf;
    }
}
