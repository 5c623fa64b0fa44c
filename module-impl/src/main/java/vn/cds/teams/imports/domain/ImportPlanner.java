package vn.cds.teams.imports.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cds.teams.api.imports.ImportReport.Action;
import vn.cds.teams.common.text.PhoneNumber;
import vn.cds.teams.common.text.VietnameseText;

/**
 * Matches the rows of a commune's list (form F1) to its commune and villages and decides, for each, whether the
 * import would create a draft team, update its leader or change nothing; every row that breaks a rule is a problem
 * and then nothing is applied. Matching ignores accents, tone placement and type words ("Bản", "Xã").
 */
public final class ImportPlanner {

    private static final Pattern TYPE_WORD = Pattern.compile(
            "^(xa|phuong|thi tran|ban|tieu khu|thon|to dan pho|xom|ap|to cds|to chuyen doi so cong dong)\\s+");
    /** What form F1 prints for a team without a leader, and what officers type for it. */
    private static final Pattern NO_LEADER = Pattern.compile("^\\(?\\s*(chua co|khong co|trong)\\b.*");

    private ImportPlanner() {
    }

    public static ImportPlan plan(List<ListRow> rows, CommuneSnapshot commune) {
        Map<String, String> unitsByKey = new HashMap<>();
        unitsByKey.put(key(commune.commune().name()), commune.commune().code());
        commune.villages().forEach(v -> unitsByKey.putIfAbsent(key(v.name()), v.code()));
        // A team named freely ("Tổ công nghệ số xã Vân Hồ") is printed so in F1: its list comes back by that name.
        commune.teams().forEach((unit, team) -> {
            if (team.name() != null && !team.name().isBlank()) {
                unitsByKey.putIfAbsent(key(team.name()), unit);
            }
        });

        List<ImportPlan.Step> steps = new ArrayList<>();
        List<ImportPlan.Issue> issues = new ArrayList<>();
        Map<String, Integer> rowOfUnit = new HashMap<>();
        Map<String, List<ListRow>> villageRowsOfPhone = new HashMap<>();
        for (ListRow row : rows) {
            if (row.stt() != null && !row.stt().matches("\\d+\\.?")) {
                issues.add(new ImportPlan.Issue(row.row(), "stt", null, "import.stt-not-number", row.stt()));
                continue;
            }
            if (row.teamName() == null) {
                issues.add(new ImportPlan.Issue(row.row(), "teamName", null, "import.team-name-missing"));
                continue;
            }
            String unitCode = unitsByKey.get(key(row.teamName()));
            if (unitCode == null) {
                issues.add(new ImportPlan.Issue(row.row(), "teamName", "R2", "import.unknown-village", row.teamName(),
                        commune.commune().name()));
                continue;
            }
            Integer earlier = rowOfUnit.putIfAbsent(unitCode, row.row());
            if (earlier != null) {
                boolean communeTeam = unitCode.equals(commune.commune().code());
                issues.add(new ImportPlan.Issue(row.row(), "leaderName", communeTeam ? "R5" : "R6",
                        "import.second-leader", row.teamName(), earlier));
                continue;
            }
            Optional<CommuneSnapshot.Person> leader = leader(row, issues);
            if (leader == null) {
                continue;
            }
            boolean communeRow = unitCode.equals(commune.commune().code());
            if (leader.isPresent() && !communeRow) {
                villageRowsOfPhone.computeIfAbsent(leader.get().phone(), k -> new ArrayList<>()).add(row);
            }
            if (leader.isPresent() && commune.teamsOfPhone().getOrDefault(leader.get().phone(), List.of()).stream()
                    .anyMatch(t -> t.communeTeam() == communeRow && !t.unitCode().equals(unitCode))) {
                // Already active in another team of this level, in the registry (not only in this file).
                issues.add(new ImportPlan.Issue(row.row(), "phone", null, "member.in-another-team",
                        leader.get().phone()));
                continue;
            }
            ImportPlan.Step step = step(row, unitCode, leader.orElse(null), commune);
            CommuneSnapshot.TeamState team = commune.teams().get(unitCode);
            if (team != null && step.action() == Action.UPDATE && !team.draft()) {
                issues.add(new ImportPlan.Issue(row.row(), "leaderName", "R7", "import.established-changes-by-request",
                        row.teamName()));
            } else if (team != null && step.action() == Action.UPDATE && team.leader() == null
                    && team.memberCount() >= commune.maxTeamSize()) {
                issues.add(new ImportPlan.Issue(row.row(), "leaderName", "R4", "import.team-full", row.teamName(),
                        commune.maxTeamSize()));
            } else {
                steps.add(step);
            }
        }
        // One person is in the commune team and one village team at most.
        villageRowsOfPhone.values().forEach(sameLeader -> sameLeader.stream().skip(1).forEach(r -> issues.add(
                new ImportPlan.Issue(r.row(), "phone", null, "import.duplicate-person", r.leaderName()))));
        issues.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new ImportPlan(rows.size(), steps, issues);
    }

    /** The row's leader: empty for "no leader", null when the row has a problem (already recorded). */
    private static Optional<CommuneSnapshot.Person> leader(ListRow row, List<ImportPlan.Issue> issues) {
        String name = row.leaderName();
        if (name == null || NO_LEADER.matcher(VietnameseText.fold(name)).matches()) {
            return Optional.empty();
        }
        if (row.phone() == null) {
            issues.add(new ImportPlan.Issue(row.row(), "phone", null, "field.required"));
            return null;
        }
        Optional<String> phone = canonicalPhone(row.phone());
        if (phone.isEmpty()) {
            issues.add(new ImportPlan.Issue(row.row(), "phone", null, "field.phone"));
            return null;
        }
        if (name.length() > 200) {
            issues.add(new ImportPlan.Issue(row.row(), "leaderName", null, "field.too-long", 200));
            return null;
        }
        return Optional.of(new CommuneSnapshot.Person(name, phone.get(), row.position()));
    }

    /** A phone as a list gives it, canonical; a phone kept as a number in a spreadsheet lost its leading zero. */
    public static Optional<String> canonicalPhone(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        return PhoneNumber.canonical(typed.matches("[35789]\\d{8}|2\\d{9}") ? "0" + typed : typed);
    }

    private static ImportPlan.Step step(ListRow row, String unitCode, CommuneSnapshot.Person leader,
                                                  CommuneSnapshot commune) {
        CommuneSnapshot.TeamState team = commune.teams().get(unitCode);
        if (team == null) {
            return new ImportPlan.Step(row.row(), Action.CREATE, unitCode, row.teamName(), leader,
                    leader == null ? "import.create-without-leader" : "import.create");
        }
        CommuneSnapshot.Person current = team.leader();
        if (current == null && leader == null) {
            return new ImportPlan.Step(row.row(), Action.NONE, unitCode, row.teamName(), null, "import.same");
        }
        if (current == null || leader == null || !samePerson(current, leader)) {
            return new ImportPlan.Step(row.row(), Action.UPDATE, unitCode, row.teamName(), leader,
                    "import.new-leader");
        }
        boolean samePosition = Objects.equals(VietnameseText.fold(current.position()),
                VietnameseText.fold(leader.position()));
        return new ImportPlan.Step(row.row(), samePosition ? Action.NONE : Action.UPDATE, unitCode,
                row.teamName(), leader, samePosition ? "import.same" : "import.new-position");
    }

    /** The same person: the same phone and the same name up to NFC/NFD and tone placement ("Hoà", "Hòa"). */
    private static boolean samePerson(CommuneSnapshot.Person a, CommuneSnapshot.Person b) {
        return a.phone().equals(b.phone()) && VietnameseText.fold(a.name()).equals(VietnameseText.fold(b.name()));
    }

    /** A unit's name as rows name it: folded and without its type word. */
    static String key(String name) {
        String folded = VietnameseText.fold(name);
        String previous;
        do {
            previous = folded;
            folded = TYPE_WORD.matcher(folded).replaceFirst("");
        } while (!folded.equals(previous));
        return folded;
    }
}
