package vn.cds.teams.documents.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an issued document, kept as issued: a download gives the very file that was numbered and signed. */
@Entity
@Table(name = "issued_document_file")
public class IssuedDocumentFile {

    @Id
    private String id;

    private byte[] content;

    protected IssuedDocumentFile() {
    }

    public IssuedDocumentFile(String documentId, byte[] content) {
        this.id = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
