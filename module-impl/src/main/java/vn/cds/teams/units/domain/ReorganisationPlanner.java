package vn.cds.teams.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitChangeReport.VillageToPlace;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;

/**
 * Plans a province's reorganisation from the rows "new commune made of old commune, full or partial" and the day it
 * takes effect: the new communes open on that day under the province; the old communes close the day before, and
 * so do the districts whose communes all closed; every old commune and district is recorded as a predecessor of the
 * new communes it went into; villages move to the new commune (for an old commune split between several, the
 * officer places each village); the commune teams of the closed communes are dissolved. Rows of other provinces
 * are ignored. Running it again plans nothing: what is already done is recognised by its dates. Pure.
 */
public final class ReorganisationPlanner {

    private ReorganisationPlanner() {
    }

    /** What the province holds around the effective day. */
    public record Province(
            /** the province's code */
            String code,
            /** districts and communes of the province in force the day before the effective day, by code */
            Map<String, UnitSnapshot> before,
            /** communes of the province that begin on the effective day (opened by an earlier run), by code */
            Map<String, UnitSnapshot> opened,
            /** villages in force the day before, by their commune's code */
            Map<String, List<UnitSnapshot>> villages,
            /** successions already recorded for the day, as "predecessor>successor" codes */
            Set<String> successions,
            /** codes of the old communes whose commune team is not dissolved */
            Set<String> communesWithTeam) {
    }

    /**
     * @param placements for villages of split communes: village code to new commune code
     */
    public static UnitChangePlan plan(List<MergeRow> rows, LocalDate effectiveOn, Province province,
                                      Map<String, String> placements) {
        LocalDate lastDay = effectiveOn.minusDays(1);
        List<UnitChangePlan.Issue> issues = new ArrayList<>();
        List<UnitChangePlan.Step> steps = new ArrayList<>();
        List<MergeRow> ours = new ArrayList<>();
        for (MergeRow row : rows) {
            UnitSnapshot old = province.before().get(strip(row.oldCode()));
            UnitSnapshot district = province.before().get(strip(row.oldDistrictCode()));
            if (old != null && old.level() == UnitLevel.COMMUNE) {
                ours.add(row);
            } else if (district != null && district.level() == UnitLevel.DISTRICT) {
                issues.add(new UnitChangePlan.Issue(row.row(), "old_code", "reorganisation.old-unknown",
                        row.oldCode(), lastDay));
            }
        }
        // The new communes, in the file's order, each with the old ones it is made of.
        Map<String, List<MergeRow>> byNew = new LinkedHashMap<>();
        Map<String, Set<String>> successorsOfOld = new LinkedHashMap<>();
        for (MergeRow row : ours) {
            String part = strip(row.part()) == null ? "" : row.part().strip().toLowerCase(java.util.Locale.ROOT);
            if (!part.equals(UnitSuccession.FULL) && !part.equals(UnitSuccession.PARTIAL)) {
                issues.add(new UnitChangePlan.Issue(row.row(), "part", "field.succession-part"));
                continue;
            }
            if (strip(row.newCode()) == null || !row.newCode().strip().matches("[0-9A-Za-z-]{1,20}")) {
                issues.add(new UnitChangePlan.Issue(row.row(), "new_code", "field.unit-code"));
                continue;
            }
            byNew.computeIfAbsent(row.newCode().strip(), k -> new ArrayList<>()).add(row);
            successorsOfOld.computeIfAbsent(row.oldCode().strip(), k -> new TreeSet<>()).add(row.newCode().strip());
        }
        for (Map.Entry<String, List<MergeRow>> entry : byNew.entrySet()) {
            String code = entry.getKey();
            MergeRow first = entry.getValue().get(0);
            UnitSnapshot stays = province.before().get(code);
            if (stays != null && !successorsOfOld.containsKey(code)) {
                issues.add(new UnitChangePlan.Issue(first.row(), "new_code", "reorganisation.code-in-force", code));
                continue;
            }
            if (!province.opened().containsKey(code)) {
                UnitType type = UnitType.ofName(first.newName(), UnitLevel.COMMUNE).orElse(null);
                if (type == null) {
                    issues.add(new UnitChangePlan.Issue(first.row(), "new_name", "field.unit-type", first.newName()));
                    continue;
                }
                steps.add(new UnitChangePlan.Step(first.row(), Action.CREATE, code,
                        first.newName().strip(), UnitLevel.COMMUNE, type, province.code(), null));
            }
        }
        Set<String> closing = new LinkedHashSet<>(successorsOfOld.keySet());
        for (String old : closing) {
            UnitSnapshot unit = province.before().get(old);
            if (unit.validTo() == null) {
                steps.add(close(unit));
            }
        }
        for (MergeRow row : ours) {
            String key = row.oldCode().strip() + ">" + row.newCode().strip();
            if (byNew.containsKey(row.newCode().strip()) && !province.successions().contains(key)) {
                UnitSnapshot old = province.before().get(row.oldCode().strip());
                steps.add(new UnitChangePlan.Step(row.row(), Action.SUCCEED, old.code(), old.name(), old.level(),
                        old.type(), row.newCode().strip(), row.part().strip().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        districts(province, closing, successorsOfOld, steps);
        List<VillageToPlace> unplaced = new ArrayList<>();
        Set<String> villagesSeen = new HashSet<>();
        for (String old : closing) {
            Set<String> successors = successorsOfOld.get(old);
            for (UnitSnapshot village : province.villages().getOrDefault(old, List.of())) {
                villagesSeen.add(village.code());
                if (village.validTo() != null) {
                    continue;
                }
                String target = successors.size() == 1 ? successors.iterator().next()
                        : placements.get(village.code());
                if (target == null) {
                    unplaced.add(new VillageToPlace(village.code(), village.name(), old, List.copyOf(successors)));
                } else if (!successors.contains(target)) {
                    issues.add(new UnitChangePlan.Issue(0, "placements", "reorganisation.bad-placement",
                            village.code(), target, String.join(", ", successors)));
                } else {
                    steps.add(new UnitChangePlan.Step(0, Action.MOVE, village.code(), village.name(),
                            UnitLevel.VILLAGE, village.type(), target, null));
                }
            }
            if (province.communesWithTeam().contains(old)) {
                UnitSnapshot unit = province.before().get(old);
                steps.add(new UnitChangePlan.Step(0, Action.DISSOLVE, old, unit.name(), UnitLevel.COMMUNE,
                        unit.type(), null, null));
            }
        }
        placements.keySet().stream().filter(v -> !villagesSeen.contains(v)).forEach(v -> issues.add(
                new UnitChangePlan.Issue(0, "placements", "reorganisation.placement-unknown", v)));
        return new UnitChangePlan(rows.size(), rows.size() - ours.size(), steps, issues, unplaced);
    }

    /**
     * A district whose communes all close closes with them; it went into every new commune that took one of them
     * (whole only when that is a single new commune taking all of them whole).
     */
    private static void districts(Province province, Set<String> closing, Map<String, Set<String>> successorsOfOld,
                                  List<UnitChangePlan.Step> steps) {
        for (UnitSnapshot district : province.before().values()) {
            if (district.level() != UnitLevel.DISTRICT) {
                continue;
            }
            List<UnitSnapshot> communes = province.before().values().stream()
                    .filter(c -> c.level() == UnitLevel.COMMUNE && district.code().equals(c.parentCode())).toList();
            if (communes.isEmpty() || !communes.stream().allMatch(c -> closing.contains(c.code()))) {
                continue;
            }
            if (district.validTo() == null) {
                steps.add(close(district));
            }
            Set<String> successors = new TreeSet<>();
            communes.forEach(c -> successors.addAll(successorsOfOld.get(c.code())));
            String part = successors.size() == 1 ? UnitSuccession.FULL : UnitSuccession.PARTIAL;
            for (String successor : successors) {
                if (!province.successions().contains(district.code() + ">" + successor)) {
                    steps.add(new UnitChangePlan.Step(0, Action.SUCCEED, district.code(), district.name(),
                            UnitLevel.DISTRICT, district.type(), successor, part));
                }
            }
        }
    }

    private static UnitChangePlan.Step close(UnitSnapshot unit) {
        return new UnitChangePlan.Step(0, Action.CLOSE, unit.code(), unit.name(), unit.level(), unit.type(), null,
                null);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
