package vn.cds.teams.units.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the transaction that applies a reorganisation, for the features that hang on units (teams follow
 * their village; a closed commune's team is dissolved) without units knowing them.
 *
 * @param movedVillages   each village moved: the key of the village as it was and as it is from the effective day
 * @param closedCommunes  keys of the communes closed the day before the effective day
 * @param actor           who the audit trail names when the module reorganises by itself (sample data); null for
 *                        the caller
 */
public record UnitsReorganised(UnitSuccession.Resolution resolution, List<Move> movedVillages,
                               List<String> closedCommunes, String actor) {

    public record Move(String fromKey, String toKey) {
    }
}
