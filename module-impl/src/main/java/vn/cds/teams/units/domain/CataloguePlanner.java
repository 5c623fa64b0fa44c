package vn.cds.teams.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cds.teams.api.units.UnitChangeReport.Action;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;
import vn.cds.teams.common.text.VietnameseText;

/**
 * Plans the load of an official unit catalogue (the statistics office's list: code, name, type, level, parent) for
 * the whole country or one province. A row whose code is in force (same level, same parent) is that unit, renamed
 * or retyped if the catalogue says so; a new code is created; with an effective day, a unit in force in the scope
 * that the catalogue no longer lists is closed the day before. A code in force under another parent or at another
 * level is a problem: units do not move, a reorganisation closes them and opens their successors. Villages are not
 * in official catalogues and are left alone. Pure: the application gives it the units in force and applies the plan.
 */
public final class CataloguePlanner {

    private static final Set<UnitLevel> CATALOGUE_LEVELS = Set.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT,
            UnitLevel.COMMUNE);

    private CataloguePlanner() {
    }

    /**
     * @param scope           a province's code, or null for the whole country
     * @param from            the day the catalogue takes effect, or null (nothing is closed, new units have no start)
     * @param inForce         the catalogue-level units in force (on {@code from}, else today) in the scope, by code
     * @param communesWithVillages codes of communes in force that have villages in force
     */
    public static UnitChangePlan plan(List<CatalogueRow> rows, String scope, LocalDate from,
                                      Map<String, UnitSnapshot> inForce, Set<String> communesWithVillages) {
        List<UnitChangePlan.Issue> issues = new ArrayList<>();
        Map<String, CatalogueRow> byCode = new LinkedHashMap<>();
        for (CatalogueRow row : rows) {
            String code = clean(row.code());
            if (code != null && byCode.putIfAbsent(code, row) != null) {
                issues.add(new UnitChangePlan.Issue(row.row(), "code", "catalogue.duplicate-code", code,
                        byCode.get(code).row()));
            }
        }
        List<CatalogueRow> inScope = rows.stream().filter(r -> inScope(r, scope, byCode)).toList();
        List<UnitChangePlan.Step> steps = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (CatalogueRow row : inScope) {
            read(row, byCode, inForce, issues).ifPresent(unit -> {
                listed.add(unit.code());
                UnitSnapshot current = inForce.get(unit.code());
                if (current == null) {
                    steps.add(step(row.row(), Action.CREATE, unit, unit.parentCode()));
                    return;
                }
                if (current.level() != unit.level() || !same(current.parentCode(), unit.parentCode())) {
                    issues.add(new UnitChangePlan.Issue(row.row(), "parent_code", "catalogue.unit-moved", unit.code(),
                            current.parentCode() == null ? "-" : current.parentCode(), current.level()));
                    return;
                }
                if (!VietnameseText.sameName(current.name(), unit.name())) {
                    steps.add(step(row.row(), Action.RENAME, unit, null));
                }
                if (current.type() != unit.type()) {
                    steps.add(step(row.row(), Action.RETYPE, unit, null));
                }
            });
        }
        if (from != null) {
            inForce.values().stream()
                    .filter(u -> CATALOGUE_LEVELS.contains(u.level()) && !listed.contains(u.code()))
                    .sorted((a, b) -> b.level().compareTo(a.level()))
                    .forEach(u -> {
                        if (communesWithVillages.contains(u.code())) {
                            issues.add(new UnitChangePlan.Issue(0, "code", "catalogue.close-with-villages",
                                    u.code(), u.name()));
                        }
                        steps.add(new UnitChangePlan.Step(0, Action.CLOSE, u.code(), u.name(), u.level(), u.type(),
                                null, null));
                    });
        }
        return new UnitChangePlan(rows.size(), rows.size() - inScope.size(), steps, issues, List.of());
    }

    /** A row belongs to a province's scope when it is the province, one of its districts or their communes. */
    private static boolean inScope(CatalogueRow row, String scope, Map<String, CatalogueRow> byCode) {
        if (scope == null) {
            return true;
        }
        String code = clean(row.code());
        for (int depth = 0; code != null && depth < 3; depth++) {
            if (code.equals(scope)) {
                return true;
            }
            CatalogueRow parent = byCode.get(code);
            code = parent == null ? null : clean(parent.parentCode());
        }
        return false;
    }

    /** The unit a row describes, or empty with its problems recorded. */
    private static Optional<UnitSnapshot> read(CatalogueRow row, Map<String, CatalogueRow> byCode,
                                               Map<String, UnitSnapshot> inForce,
                                               List<UnitChangePlan.Issue> issues) {
        int before = issues.size();
        String code = clean(row.code());
        String name = VietnameseText.clean(row.name());
        String parent = clean(row.parentCode());
        if (code == null || !code.matches("[0-9A-Za-z-]{1,20}")) {
            issues.add(new UnitChangePlan.Issue(row.row(), "code", "field.unit-code"));
        }
        if (name == null || name.length() > 200) {
            issues.add(new UnitChangePlan.Issue(row.row(), "name", "field.required"));
        }
        UnitLevel level = level(row.level());
        if (level == null) {
            issues.add(new UnitChangePlan.Issue(row.row(), "level", "catalogue.bad-level", row.level()));
        }
        UnitType type = UnitType.ofLabel(row.type()).orElse(null);
        if (type == null || level != null && type.level() != level) {
            issues.add(new UnitChangePlan.Issue(row.row(), "type", "field.unit-type", row.type()));
        }
        if (level != null) {
            UnitLevel parentLevel = parentLevel(parent, byCode, inForce);
            boolean fits = level == UnitLevel.PROVINCE ? parent == null
                    : parentLevel != null && (parentLevel == UnitLevel.PROVINCE
                            || level == UnitLevel.COMMUNE && parentLevel == UnitLevel.DISTRICT);
            if (!fits) {
                issues.add(new UnitChangePlan.Issue(row.row(), "parent_code", "catalogue.bad-parent",
                        parent == null ? "-" : parent, level));
            }
        }
        return issues.size() > before ? Optional.empty()
                : Optional.of(new UnitSnapshot(code, name, level, type, parent, null, null));
    }

    private static UnitLevel parentLevel(String parent, Map<String, CatalogueRow> byCode,
                                         Map<String, UnitSnapshot> inForce) {
        if (parent == null) {
            return null;
        }
        CatalogueRow row = byCode.get(parent);
        if (row != null) {
            return level(row.level());
        }
        UnitSnapshot unit = inForce.get(parent);
        return unit == null ? null : unit.level();
    }

    private static UnitLevel level(String text) {
        if (text == null) {
            return null;
        }
        try {
            UnitLevel level = UnitLevel.valueOf(text.strip().toUpperCase(Locale.ROOT));
            return CATALOGUE_LEVELS.contains(level) ? level : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UnitChangePlan.Step step(int row, Action action, UnitSnapshot unit, String other) {
        return new UnitChangePlan.Step(row, action, unit.code(), unit.name(), unit.level(), unit.type(), other, null);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The codes of a collection of snapshots, for lookups. */
    public static Map<String, UnitSnapshot> byCode(Collection<UnitSnapshot> units) {
        Map<String, UnitSnapshot> map = new HashMap<>();
        units.forEach(u -> map.put(u.code(), u));
        return map;
    }
}
