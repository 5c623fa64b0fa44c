package vn.cds.teams.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.cds.teams.audit.application.AuditScope;

/** Team histories: for those who may read the team. */
@ApplicationScoped
public class TeamAuditScope implements AuditScope {

    @Inject
    TeamService teams;

    @Override
    public String entityType() {
        return "team";
    }

    @Override
    public void requireVisible(String entityId) {
        teams.require(entityId);
    }
}
