package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A signed decision's scan as the team records it: its type, size and SHA-256, who attached it and when (the bytes
 * are a {@link DecisionScanFile}). The establishment and the dissolution each carry one, in columns of their own.
 */
@Embeddable
public class DecisionScan {

    @Column(name = "scan_type")
    private String type;

    @Column(name = "scan_size")
    private Long size;

    @Column(name = "scan_sha256")
    private String sha256;

    @Column(name = "scan_by")
    private String by;

    @Column(name = "scan_at")
    private Instant at;

    protected DecisionScan() {
    }

    static DecisionScan of(ScanType type, long size, String sha256, String by, Instant at) {
        DecisionScan scan = new DecisionScan();
        scan.type = type.mediaType();
        scan.size = size;
        scan.sha256 = sha256;
        scan.by = by;
        scan.at = at;
        return scan;
    }

    /** The scan, or null when none is on file (a provider may load an embedded value whose columns are all null). */
    static DecisionScan orNull(DecisionScan scan) {
        return scan == null || scan.type == null ? null : scan;
    }

    /** The media type. */
    public String type() {
        return type;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
