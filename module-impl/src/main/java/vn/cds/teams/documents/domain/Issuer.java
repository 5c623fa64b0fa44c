package vn.cds.teams.documents.domain;

import java.util.Objects;

/**
 * The body that issues a unit's documents of one kind, as the heading of Decree 30/2020 names it.
 *
 * @param superiorBody the line above the issuing body ("ỦY BAN NHÂN DÂN", "UBND huyện Vân Hồ")
 * @param issuingBody  the issuing body ("Xã Vân Hồ", "Phòng Văn hóa và Thông tin")
 * @param symbolOwner  the issuing body's abbreviation in the symbol ("UBND": "15/DS-UBND")
 * @param placeName    the place of the place-and-date line ("Vân Hồ")
 * @param bodyAbove    the body the document goes to, for the default recipients; null when there is none
 * @param collective   whether the head signs for a collective body ("TM. ỦY BAN NHÂN DÂN")
 * @param headTitle    the head's title ("CHỦ TỊCH", "TRƯỞNG PHÒNG")
 */
public record Issuer(String superiorBody, String issuingBody, String symbolOwner, String placeName, String bodyAbove,
                     boolean collective, String headTitle) {

    public Issuer {
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(symbolOwner, "symbolOwner");
        Objects.requireNonNull(placeName, "placeName");
        Objects.requireNonNull(headTitle, "headTitle");
    }
}
