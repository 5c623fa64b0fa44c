package vn.cds.teams.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The parts of form F1 around the table, per Decree 30/2020/NĐ-CP.
 *
 * @param issuingBody e.g. "UBND xã Quang Minh"; printed upper-case top left
 * @param placeName   the place of the place-and-date line, e.g. "Vân Hồ"
 * @param date        the date of the place-and-date line
 * @param signerTitle e.g. "CHỦ TỊCH", or "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" for two lines
 * @param signerName  null leaves the space under the title blank, to be filled in by hand
 * @param footnote    "Ghi chú: ..." under the table; null for none
 * @param title       the list's title, printed upper-case: the programme's name of the province on the list's day and
 *                    the units' words (a ward's list says "phường"); the directive's title without one
 */
public record TeamListHeader(String issuingBody, String placeName, LocalDate date, String signerTitle,
                             String signerName, String footnote, String title) {

    /** The directive's title. */
    public static final String DIRECTIVE_TITLE = "Danh sách Tổ chuyển đổi số cộng đồng xã, bản, tiểu khu";

    public TeamListHeader(String issuingBody, String placeName, LocalDate date, String signerTitle, String signerName,
                          String footnote) {
        this(issuingBody, placeName, date, signerTitle, signerName, footnote, DIRECTIVE_TITLE);
    }

    public TeamListHeader {
        Objects.requireNonNull(issuingBody, "issuingBody");
        title = title == null || title.isBlank() ? DIRECTIVE_TITLE : title;
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }
}
