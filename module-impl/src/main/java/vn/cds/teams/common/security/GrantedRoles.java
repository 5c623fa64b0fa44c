package vn.cds.teams.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The module's roles held by a caller and their groups, remembered for the life of the application: the mapping of
 * groups to roles is fixed by the deployment, so the same caller and groups always hold the same roles. Asking the
 * container costs a policy check per role (JACC), several per request (performance aim P3, docs/BENCHMARKS.md).
 */
@ApplicationScoped
public class GrantedRoles {

    /** A bound on memory: one entry per distinct caller, cleared when there are more callers than this. */
    static final int CAPACITY = 10_000;

    private final Map<Set<String>, List<String>> byPrincipals = new ConcurrentHashMap<>();

    /** The roles of {@code candidates} that {@code granted} confirms, asked once per set of principals. */
    public List<String> of(Set<String> principals, List<String> candidates, Predicate<String> granted) {
        List<String> roles = byPrincipals.get(principals);
        if (roles == null) {
            roles = candidates.stream().filter(granted).toList();
            if (byPrincipals.size() >= CAPACITY) {
                byPrincipals.clear();
            }
            byPrincipals.put(Set.copyOf(principals), roles);
        }
        return roles;
    }
}
