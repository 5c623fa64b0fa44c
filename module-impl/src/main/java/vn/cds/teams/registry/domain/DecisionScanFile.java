package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of a decision's signed scan, kept apart from the team so that reading a team never loads them; what
 * the scan is (type, size, SHA-256, who attached it) is recorded with the decision ({@link EstablishmentDecision}).
 */
@Entity
@Table(name = "decision_scan_file")
public class DecisionScanFile {

    /** The team's id and the decision's kind, e.g. "…:ESTABLISHMENT". */
    @Id
    private String id;

    @Column(name = "content")
    private byte[] content;

    protected DecisionScanFile() {
    }

    public DecisionScanFile(String id, byte[] content) {
        this.id = id;
        this.content = content.clone();
    }

    public static String idOf(String teamId, String decision) {
        return teamId + ":" + decision;
    }

    public void replace(byte[] content) {
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
