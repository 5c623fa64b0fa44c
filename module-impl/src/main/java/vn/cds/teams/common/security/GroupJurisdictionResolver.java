package vn.cds.teams.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.api.security.JurisdictionResolver;

/** Default jurisdiction: the caller's groups named {@code unit:<code>}. A portal may replace this bean. */
@RequestScoped
public class GroupJurisdictionResolver implements JurisdictionResolver {

    @Inject
    CurrentCaller caller;

    @Override
    public Set<String> unitCodes() {
        return caller.principalNames()
                .filter(name -> name.startsWith(CdsRoles.UNIT_GROUP_PREFIX))
                .map(name -> name.substring(CdsRoles.UNIT_GROUP_PREFIX.length()).strip())
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());
    }
}
