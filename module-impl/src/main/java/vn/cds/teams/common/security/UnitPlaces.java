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
 * transaction (it may have created them and roll back). An official code may name several units (a closed one and
 * its successor that kept the code), so a code gives every place it has had; a successor opened later, while its
 * code is remembered, is found once the memory is cleared, so units opened by a catalogue or a reorganisation
 * clear it ({@link #forget}).
 */
@ApplicationScoped
public class UnitPlaces {

    /** A bound on memory: far above the ~10,800 units above villages; villages beyond it are read again. */
    static final int CAPACITY = 50_000;

    /** A unit's place in the tree. */
    public record Place(String code, UnitLevel level, String path) {
    }

    private final Map<String, List<Place>> known = new ConcurrentHashMap<>();

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
            List<Place> remembered = known.get(code);
            if (remembered != null) {
                places.addAll(remembered);
            } else {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            List<Place> read = em.createQuery("SELECT NEW " + Place.class.getName()
                    + "(u.officialCode, u.level, u.path) FROM AdministrativeUnit u WHERE u.officialCode IN :codes",
                    Place.class)
                    .setParameter("codes", missing).getResultList();
            if (transactions.getTransactionKey() == null) {
                if (known.size() + read.size() > CAPACITY) {
                    known.clear();
                }
                Map<String, List<Place>> byCode = new java.util.HashMap<>();
                read.forEach(place -> byCode.computeIfAbsent(place.code(), k -> new ArrayList<>()).add(place));
                byCode.forEach((code, list) -> known.put(code, List.copyOf(list)));
            }
            places.addAll(read);
        }
        return places;
    }

    /** Forgets every place remembered, after units were opened under codes that may be remembered already. */
    public void forget() {
        known.clear();
    }
}
