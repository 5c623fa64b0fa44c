package vn.cds.teams.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
}
