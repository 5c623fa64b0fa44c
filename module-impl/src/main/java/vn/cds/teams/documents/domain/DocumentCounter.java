package vn.cds.teams.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.cds.teams.api.documents.DocumentKind;

/**
 * The last number a unit gave to a kind of document in a calendar year. Numbers start at 1 on 1 January
 * (Decree 30/2020, Article 15); the row is read under a write lock in the transaction that stores the document,
 * so two issues never get the same number and a failed one gives its number back.
 */
@Entity
@Table(name = "document_counter")
public class DocumentCounter {

    @Id
    private String id;

    @Column(name = "last_number")
    private int lastNumber;

    protected DocumentCounter() {
    }

    public static DocumentCounter start(String unitCode, int year, DocumentKind kind) {
        DocumentCounter counter = new DocumentCounter();
        counter.id = idOf(unitCode, year, kind);
        return counter;
    }

    public static String idOf(String unitCode, int year, DocumentKind kind) {
        return unitCode + "/" + year + "/" + kind;
    }

    /** The next number; the caller holds the row's lock. */
    public int next() {
        return ++lastNumber;
    }
}
