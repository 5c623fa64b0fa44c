package vn.cds.teams.reports;

import java.util.Objects;

/**
 * The parts of form F1 around the table, per Decree 30/2020/NĐ-CP.
 *
 * @param frame    issuing body, number, place and date, recipients and signature block
 * @param footnote "Ghi chú: ..." under the table; null for none
 * @param title    the list's title, printed upper-case: the programme's name of the province on the list's day and
 *                 the units' words (a ward's list says "phường"); the directive's title without one
 */
public record TeamListHeader(DocumentFrame frame, String footnote, String title) {

    /** The directive's title. */
    public static final String DIRECTIVE_TITLE = "Danh sách Tổ chuyển đổi số cộng đồng xã, bản, tiểu khu";

    public TeamListHeader(DocumentFrame frame, String footnote) {
        this(frame, footnote, DIRECTIVE_TITLE);
    }

    public TeamListHeader {
        Objects.requireNonNull(frame, "frame");
        title = title == null || title.isBlank() ? DIRECTIVE_TITLE : title;
    }
}
