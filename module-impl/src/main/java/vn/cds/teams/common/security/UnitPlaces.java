package vn.cds.teams.common.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.cds.teams.api.units.UnitLevel;

/**
 * Where each unit sits in the tree (its level and path), remembered for the life of the application: a unit's path
 * and level are fixed when it is created and units are never moved or deleted, so what one instance of a cluster
 * remembers cannot go stale on another. Every read checks jurisdiction by path; remembering saves a statement per
 * request (performance aim P3). Unknown codes are not remembered (the unit may be created later), nor units read inside a
 * transaction (it may have created them and roll back).
 */
@ApplicationScoped
public class UnitPlaces {

    /** A bound on memory: far above the ~10,800 units above villages; villages beyond it are read again. */
    static final int CAPACITY = 50_000;

    /** A unit's place in the tree. */
    public record Place(String code, UnitLevel level, String path) {
    }

    private final Map<String, Place> known = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<Place> of(String code) {
        return code == null ? Optional.empty() : of(List.of(code)).stream().findFirst();
    }

    /** The places of those codes that name a unit, in no particular order; one statement for those not known. */
    public List<Place> of(Collection<String> codes) {
        List<Place> places = new ArrayList<>(codes.size());
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            Place place = known.get(code);
            if (place != null) {
                places.add(place);
            } else {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            List<Place> read = em.createQuery("SELECT NEW " + Place.class.getName()
                    + "(u.code, u.level, u.path) FROM AdministrativeUnit u WHERE u.code IN :codes", Place.class)
                    .setParameter("codes", missing).getResultList();
            if (transactions.getTransactionKey() == null) {
                if (known.size() + read.size() > CAPACITY) {
                    known.clear();
                }
                read.forEach(place -> known.put(place.code(), place));
            }
            places.addAll(read);
        }
        return places;
    }
}
