package vn.cds.teams.reports;

import java.util.Objects;

/**
 * The parts of form F1 around the table, per Decree 30/2020/NĐ-CP.
 *
 * @param frame    issuing body, number, place and date, recipients and signature block
 * @param footnote "Ghi chú: ..." under the table; null for none
 */
public record TeamListHeader(DocumentFrame frame, String footnote) {

    public TeamListHeader {
        Objects.requireNonNull(frame, "frame");
    }
}
