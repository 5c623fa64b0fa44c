package vn.cds.teams.imports.domain;

import java.util.List;
import vn.cds.teams.api.imports.ImportReport;

/**
 * Row by row, what applying a list would do, and every problem found. Messages are bundle keys with arguments;
 * the application layer words them in the caller's language.
 */
public record ImportPlan(int rows, List<Step> steps, List<Issue> issues) {

    /** @param leader the leader to set, or null for a team without one */
    public record Step(int row, ImportReport.Action action, String unitCode, String teamName,
                       CommuneSnapshot.Person leader, String detailKey) {
    }

    public record Issue(int row, String field, String rule, String messageKey, Object... args) {
    }

    public boolean hasProblems() {
        return !issues.isEmpty();
    }
}
