package vn.cds.teams.reports;

import java.util.Objects;

/**
 * The parts of the monthly report around its table of figures, per Decree 30/2020/NĐ-CP.
 *
 * @param frame    issuing body, number, place and date, recipients and signature block
 * @param title    e.g. "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ CỘNG ĐỒNG"
 * @param subtitle the month and data window, e.g. "Tháng 7 năm 2022 (số liệu từ 15/6/2022 đến 14/7/2022)"
 * @param summary  lines above the table (establishment figures, completeness); null for none
 * @param notes    lines under the table (difficulties, proposals, commendations); null for none
 */
public record MonthlyReportHeader(DocumentFrame frame, String title, String subtitle, String summary, String notes) {

    public MonthlyReportHeader {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(title, "title");
    }
}
