package vn.cds.teams.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.audit.application.AuditScope;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.security.CurrentCaller;

/** Team histories: for those who may read the team; the portal administrator manages units, not team data. */
@ApplicationScoped
public class TeamAuditScope implements AuditScope {

    @Inject
    TeamService teams;

    @Inject
    CurrentCaller caller;

    @Override
    public String entityType() {
        return "team";
    }

    @Override
    public void requireVisible(String entityId) {
        if (caller.roles().equals(java.util.List.of(CdsRoles.PORTAL_ADMIN))) {
            throw DomainException.forbidden("problem.http.403");
        }
        teams.require(entityId);
    }
}
