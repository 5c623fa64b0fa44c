package vn.cds.teams.api.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a unit's document register.
 *
 * @param symbol   the number and symbol as printed, e.g. "15/DS-UBND"
 * @param sha256   hex SHA-256 of the issued file, which downloads byte for byte
 * @param signedBy the subject of the certificate that signed the file (PAdES); null when issued unsigned
 */
public record IssuedDocumentView(String id, String unitCode, DocumentKind kind, int year, int number, String symbol,
                                 LocalDate issuedOn, Instant issuedAt, String issuedBy, String period,
                                 String fileName, long size, String sha256, String signedBy) {
}
