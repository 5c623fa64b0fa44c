package vn.cds.teams.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The parts of the monthly report around its table of figures, per Decree 30/2020/NĐ-CP.
 *
 * @param issuingBody e.g. "UBND xã Vân Hồ", or "UBND huyện Vân Hồ\nPhòng Văn hóa và Thông tin"; printed upper-case
 * @param placeName   the place of the place-and-date line, e.g. "Vân Hồ"
 * @param date        the date of the place-and-date line
 * @param title       e.g. "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG"
 * @param subtitle    the month and data window, e.g. "Tháng 7 năm 2022 (số liệu từ 15/6/2022 đến 14/7/2022)"
 * @param summary     lines above the table (establishment figures, completeness); null for none
 * @param notes       lines under the table (difficulties, proposals, commendations); null for none
 * @param signerTitle e.g. "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
 */
public record MonthlyReportHeader(String issuingBody, String placeName, LocalDate date, String title,
                                  String subtitle, String summary, String notes, String signerTitle) {

    public MonthlyReportHeader {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }
}
