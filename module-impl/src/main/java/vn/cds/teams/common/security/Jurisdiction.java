package vn.cds.teams.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.security.JurisdictionResolver;
import vn.cds.teams.common.domain.DomainException;

/**
 * The units the caller may see and change: each unit of the resolver covers itself and all below it, which is a
 * prefix of the unit's path. Lists filter in the query ({@link #restrict}); single reads answer 404 for a
 * foreign unit so that ids do not leak ({@link #requireCovers}). The portal administrator covers every unit
 * (for unit management; team data is closed to that role by {@code @RolesAllowed}). A resident's jurisdiction is
 * their commune, for filing requests; what they may read beyond their own requests is decided per endpoint.
 */
@RequestScoped
public class Jurisdiction {

    @Inject
    JurisdictionResolver resolver;

    @Inject
    CurrentCaller caller;

    @Inject
    UnitPlaces places;

    private List<String> prefixes;

    public boolean coversEverything() {
        return caller.hasRole(CdsRoles.PORTAL_ADMIN);
    }

    /** The codes of the caller's units, as the resolver gives them. */
    public Set<String> unitCodes() {
        return resolver.unitCodes();
    }

    /** Path prefixes of the caller's units ("/14/128/"), looked up once per request. */
    public List<String> pathPrefixes() {
        if (prefixes == null) {
            Set<String> codes = unitCodes();
            prefixes = codes.isEmpty() ? List.of() : places.of(codes).stream().map(UnitPlaces.Place::path).toList();
        }
        return prefixes;
    }

    public boolean covers(String unitPath) {
        return coversEverything() || pathPrefixes().stream()
                .anyMatch(own -> exactUnitsOnly() ? unitPath.equals(own) : unitPath.startsWith(own));
    }

    /** Whether the jurisdiction holds a unit and everything below it (not so for a team leader's commune team). */
    public boolean coversAllBelow(String unitPath) {
        return coversEverything() || !exactUnitsOnly() && covers(unitPath);
    }

    /**
     * A team leader's jurisdiction is their team's unit alone, not the village teams below a commune team; every
     * officer's role reaches down the tree.
     */
    private boolean exactUnitsOnly() {
        return caller.hasRole(CdsRoles.TEAM_LEADER) && !caller.hasRole(CdsRoles.PROVINCE_OFFICER)
                && !caller.hasRole(CdsRoles.DISTRICT_OFFICER) && !caller.hasRole(CdsRoles.COMMUNE_CHAIR)
                && !caller.hasRole(CdsRoles.COMMUNE_OFFICER);
    }

    /** Throws "not found" (404) for a unit outside the jurisdiction, as if it did not exist. */
    public void requireCovers(String unitPath, String notFoundKey, Object... args) {
        if (!covers(unitPath)) {
            throw DomainException.notFound(notFoundKey, args);
        }
    }

    /**
     * A JPQL condition that keeps only rows whose unit path (the expression given) lies in the jurisdiction, with
     * its parameters; it holds no reference to the request, so a response streamed later can still use it.
     */
    public Restriction restrict(String pathExpression) {
        if (coversEverything()) {
            return Restriction.NONE;
        }
        List<String> paths = pathPrefixes();
        if (paths.isEmpty()) {
            return new Restriction("1 = 0", Map.of());
        }
        StringBuilder condition = new StringBuilder("(");
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            condition.append(i == 0 ? "" : " OR ").append(pathExpression).append(" LIKE :jurisdiction").append(i);
            parameters.put("jurisdiction" + i, paths.get(i) + (exactUnitsOnly() ? "" : "%"));
        }
        return new Restriction(condition.append(')').toString(), Map.copyOf(parameters));
    }

    /** A query condition and the parameters it needs. */
    public record Restriction(String condition, Map<String, String> parameters) {

        /** For a query already bounded to a unit that {@link #coversAllBelow} holds. */
        public static final Restriction NONE = new Restriction("1 = 1", Map.of());

        /**
         * A WHERE clause of this restriction and {@code others}, all to hold; empty when there is nothing to hold.
         * NONE adds nothing: EclipseLink binds the literals of its "1 = 1", and PostgreSQL cannot see it is true.
         */
        public String where(List<String> others) {
            List<String> all = new ArrayList<>(others);
            if (this != NONE) {
                all.add(0, condition);
            }
            return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
        }

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

}
