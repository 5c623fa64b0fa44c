package vn.cds.teams.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.audit.application.AuditLog;
import vn.cds.teams.registry.domain.Dissolution;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.UnitsReorganised;

/**
 * Teams across a reorganisation, in its transaction: a village team goes with its village to the new commune; the
 * commune team of a closed commune is dissolved by the resolution from the effective day. Nothing is deleted;
 * members keep their records. The new commune's own team is drafted the directive's way (R1, R3).
 */
@ApplicationScoped
public class TeamsAcrossReorganisation {

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    AuditLog audit;

    void on(@Observes UnitsReorganised event) {
        for (UnitsReorganised.Move move : event.movedVillages()) {
            AdministrativeUnit village = em.find(AdministrativeUnit.class, move.toKey());
            AdministrativeUnit commune = em.find(AdministrativeUnit.class, village.parentCode());
            em.createQuery("SELECT t FROM Team t WHERE t.unit.code = :unit AND t.status <> :dissolved", Team.class)
                    .setParameter("unit", move.fromKey()).setParameter("dissolved", TeamStatus.DISSOLVED)
                    .getResultList().forEach(team -> {
                        team.followVillage(village, commune);
                        record(event, team, "follow-village", move.fromKey(), move.toKey());
                    });
        }
        if (event.closedCommunes().isEmpty()) {
            return;
        }
        var resolution = event.resolution();
        em.createQuery("SELECT t FROM Team t WHERE t.unit.code IN :communes AND t.level = :commune"
                        + " AND t.status <> :dissolved", Team.class)
                .setParameter("communes", event.closedCommunes()).setParameter("commune", UnitLevel.COMMUNE)
                .setParameter("dissolved", TeamStatus.DISSOLVED).getResultList().forEach(team -> {
                    team.dissolve(Dissolution.byReorganisation(resolution.number(), resolution.date(),
                            resolution.effectiveOn()));
                    record(event, team, "dissolve", null, resolution.number());
                });
    }

    private void record(UnitsReorganised event, Team team, String action, Object before, Object after) {
        if (event.actor() == null) {
            audit.record("team", team.id(), action, before, after);
        } else {
            audit.recordBySystem(event.actor(), "team", team.id(), action, after);
        }
    }
}
