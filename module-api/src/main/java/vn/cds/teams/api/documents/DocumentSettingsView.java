package vn.cds.teams.api.documents;

import java.util.List;

/**
 * Who signs a unit's documents of one kind and whom they go to; the defaults until an officer of the unit changes
 * them. The issuing body's own names are not settings: the module derives them from the unit.
 *
 * @param unitCode       the issuing unit
 * @param kind           DS or BC
 * @param onBehalfOf     the collective body the head signs for ("ỦY BAN NHÂN DÂN": "TM. ỦY BAN NHÂN DÂN"); null
 *                       for an office headed by one person
 * @param authority      how the signer signs
 * @param headTitle      the head's title, for KT., Q., TL. and TUQ. ("CHỦ TỊCH")
 * @param signerTitle    the signer's own title ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"); unused for Q.
 * @param signerName     the signer's full name, printed under the space to sign; null leaves it blank
 * @param recipients     "Nơi nhận" without dashes and semicolons, e.g. ["Như trên", "UBND huyện Vân Hồ"]
 * @param archive        what follows "Lưu:", e.g. "VT, VHXH"
 * @param signatureLines the signature block as printed (read only)
 * @param version        for If-Match (read only)
 */
public record DocumentSettingsView(String unitCode, DocumentKind kind, String onBehalfOf, SigningAuthority authority,
                                   String headTitle, String signerTitle, String signerName, List<String> recipients,
                                   String archive, List<String> signatureLines, long version) {
}
