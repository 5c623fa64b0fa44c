package vn.cds.teams.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What every administrative document carries around its content, per Decree 30/2020/NĐ-CP, Appendix I: the
 * superior and the issuing body on their own lines with a short rule under them, the number and symbol, the place
 * and date, the recipients ("Nơi nhận") and the signature block. The caller decides every word; this module only
 * lays them out.
 *
 * @param superiorBody    e.g. "ỦY BAN NHÂN DÂN" or "UBND HUYỆN VÂN HỒ"; printed upper-case above the issuing body
 * @param issuingBody     e.g. "XÃ VÂN HỒ" or "PHÒNG VĂN HÓA VÀ THÔNG TIN"; printed upper-case, bold
 * @param number          the register's number; null for a draft, which leaves the number blank and is marked
 *                        "DỰ THẢO"
 * @param symbol          the symbol after the number, e.g. "DS-UBND" ("Số: 15/DS-UBND")
 * @param placeName       the place of the place-and-date line, e.g. "Vân Hồ"
 * @param date            the date of the place-and-date line
 * @param signatureTitle  the lines above the space to sign, e.g. "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
 * @param signerName      the signer's full name under the space to sign; null leaves it blank
 * @param recipients      the lines under "Nơi nhận:", e.g. "- Như trên;", "- UBND huyện Vân Hồ;", "- Lưu: VT, VHXH."
 */
public record DocumentFrame(String superiorBody, String issuingBody, Integer number, String symbol,
                            String placeName, LocalDate date, String signatureTitle, String signerName,
                            List<String> recipients) {

    public DocumentFrame {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signatureTitle, "signatureTitle");
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        if (number != null && number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
    }

    /** A draft copy has no number. */
    public boolean draft() {
        return number == null;
    }

    /** The same document with the register's number. */
    public DocumentFrame numbered(int registerNumber) {
        return new DocumentFrame(superiorBody, issuingBody, registerNumber, symbol, placeName, date, signatureTitle,
                signerName, recipients);
    }

    /** "Số: 15/DS-UBND"; a draft leaves room for the number to be written in. */
    public String numberLine() {
        return "Số: " + (number == null ? "      " : number.toString()) + "/" + symbol;
    }
}
