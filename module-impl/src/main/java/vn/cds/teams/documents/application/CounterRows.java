package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.documents.domain.DocumentCounter;

/**
 * Creates a counter row in a transaction of its own, so that the issuing transaction can then lock it. Two
 * instances may create the same row at once: the loser's insert fails on the primary key and is dropped, and
 * both lock the winner's row.
 */
@ApplicationScoped
public class CounterRows {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String unitCode, int year, DocumentKind kind) {
        if (em.find(DocumentCounter.class, DocumentCounter.idOf(unitCode, year, kind)) == null) {
            em.persist(DocumentCounter.start(unitCode, year, kind));
            em.flush();
        }
    }
}
