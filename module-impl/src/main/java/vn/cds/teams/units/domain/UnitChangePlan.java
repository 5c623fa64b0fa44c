package vn.cds.teams.units.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitChangeReport.VillageToPlace;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;

/**
 * What a catalogue or a reorganisation would change, step by step, and every problem found. Steps name units by
 * official code; which unit of a code is meant follows from the day (in force the day before the effective day for
 * what closes, from it for what opens). Messages are bundle keys; the application words them.
 */
public record UnitChangePlan(int rows, int ignoredRows, List<Step> steps, List<Issue> issues,
                             List<VillageToPlace> villagesToPlace) {

    /**
     * @param otherCode for CREATE the parent, for SUCCEED the successor, for MOVE the new commune
     * @param part      for SUCCEED: "full" or "partial"
     */
    public record Step(int row, Action action, String code, String name, UnitLevel level, UnitType type,
                       String otherCode, String part) {
    }

    public record Issue(int row, String field, String messageKey, Object... args) {
    }

    /** Applicable: no problem and no village left to place. */
    public boolean applicable() {
        return issues.isEmpty() && villagesToPlace.isEmpty();
    }

    public boolean changesNothing() {
        return steps.isEmpty();
    }

    public Map<Action, Integer> counts() {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        steps.forEach(s -> counts.merge(s.action(), 1, Integer::sum));
        return counts;
    }

    public List<Step> steps(Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }
}
