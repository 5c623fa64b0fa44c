package vn.cds.teams.imports.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cds.teams.common.text.VietnameseText;

/**
 * The columns of form F1, found by their Vietnamese headers in any order, with or without accents, in any case:
 * "Họ và tên Tổ trưởng" and "HO VA TEN TO TRUONG" are the same column.
 */
public record ListHeader(int row, int stt, int teamName, int leaderName, int phone, int position) {

    public static final int NONE = -1;

    /** The header of a row, if it names at least the team and leader columns. */
    public static Optional<ListHeader> of(int row, List<String> cells) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String text = VietnameseText.fold(cells.get(i));
            if (text.equals("stt") || text.equals("so tt") || text.equals("so thu tu")) {
                found.putIfAbsent("stt", i);
            } else if (text.startsWith("ten to") || text.startsWith("to chuyen doi so")) {
                found.putIfAbsent("team", i);
            } else if (text.contains("ten to truong") || text.equals("to truong")) {
                found.putIfAbsent("leader", i);
            } else if (text.startsWith("so dien thoai") || text.equals("dien thoai") || text.equals("sdt")) {
                found.putIfAbsent("phone", i);
            } else if (text.startsWith("chuc vu")) {
                found.putIfAbsent("position", i);
            }
        }
        if (!found.containsKey("team") || !found.containsKey("leader")) {
            return Optional.empty();
        }
        return Optional.of(new ListHeader(row, found.getOrDefault("stt", NONE), found.get("team"), found.get("leader"),
                found.getOrDefault("phone", NONE), found.getOrDefault("position", NONE)));
    }

    /**
     * The data row of these cells, or empty for a row that is none: blank, or without team name and STT (the
     * signature block and notes under the table).
     */
    public Optional<ListRow> read(int rowNumber, List<String> cells) {
        String team = cell(cells, teamName);
        String leader = cell(cells, leaderName);
        if (team == null && (leader == null || cell(cells, stt) == null)) {
            return Optional.empty();
        }
        return Optional.of(new ListRow(rowNumber, cell(cells, stt), team, leader, cell(cells, phone),
                cell(cells, position)));
    }

    /** Whether a row is the start of an official document's footer: its first filled cell is "Nơi nhận:". */
    public static boolean startsFooter(List<String> cells) {
        return cells.stream().map(VietnameseText::fold).filter(text -> text != null && !text.isBlank()).findFirst()
                .map(text -> text.startsWith("noi nhan")).orElse(false);
    }

    private static String cell(List<String> cells, int index) {
        return index == NONE || index >= cells.size() ? null : VietnameseText.clean(cells.get(index));
    }
}
