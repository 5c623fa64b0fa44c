package vn.cds.teams.api.registry;

import java.time.Instant;

/**
 * What is on file of a decision's signed paper: downloaded from the decision's {@code scan} path.
 *
 * @param mediaType application/pdf, image/jpeg or image/png, as told by the content
 * @param sha256    of the bytes as stored, in hex
 */
public record DecisionScanView(String mediaType, long size, String sha256, String attachedBy, Instant attachedAt) {
}
