package vn.cds.teams.reports;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Test and benchmark data: real-looking names that exercise Vietnamese letters (Ể Ổ Ộ ư ơ đ). */
final class TeamListRows {

    static final DocumentFrame COMMUNE_FRAME = new DocumentFrame("Ủy ban nhân dân", "Xã Quang Minh", 15, "DS-UBND",
            "Vân Hồ", LocalDate.of(2022, 6, 15), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "Hà Văn Đức",
            List.of("- UBND huyện Vân Hồ;", "- Phòng Văn hóa và Thông tin huyện;", "- Lưu: VT, VHXH."));

    static final TeamListHeader COMMUNE_HEADER = new TeamListHeader(COMMUNE_FRAME,
            "Ghi chú: Các xã gửi danh sách và Quyết định thành lập Tổ Chuyển đổi số cộng đồng về UBND huyện "
                    + "(qua Phòng Văn hóa và Thông tin) trước ngày 18/6/2022.");

    static final TeamListHeader PROVINCE_HEADER = new TeamListHeader(new DocumentFrame("Ủy ban nhân dân",
            "Tỉnh Sơn La", 3, "DS-UBND", "Sơn La", LocalDate.of(2022, 7, 5),
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lò Minh Hùng",
            List.of("- Như trên;", "- Lưu: VT, KGVX.")), null);

    /** Form F1 of one commune: the commune team first, then its village teams; one leader is vacant. */
    static final List<TeamListRow> QUANG_MINH = List.of(
            new TeamListRow(null, null, "Xã Quang Minh", "Lò Văn Bình", "0914123456", "Bí thư Đoàn xã"),
            new TeamListRow(null, null, "Bản Suối Lìn", "Nguyễn Thị Ểnh", "0843123456", "Trưởng bản"),
            new TeamListRow(null, null, "Tiểu khu Ổ Ộ", null, null, null),
            new TeamListRow(null, null, "Bản Đông Sang", "Vì Thị Thương", "0356789012", "Trưởng bản"),
            new TeamListRow(null, null, "Bản Chiềng Khoa", "Quàng Văn Ước", "0987654321", "Trưởng bản"));

    private static final String[] FAMILY = {"Lò", "Nguyễn", "Đinh", "Hà", "Vì", "Mùa", "Sồng", "Tòng", "Quàng", "Lường"};
    private static final String[] MIDDLE = {"Văn", "Thị"};
    private static final String[] GIVEN = {"Bình", "Ểnh", "Hương", "Ơn", "Đức", "Thủy", "Ước", "Phượng", "Dũng", "Lư"};
    private static final String[] PLACE = {"Suối Lìn", "Ổ Ộ", "Pà Cò", "Chiềng Khoa", "Tân Xuân", "Mường Men",
            "Quang Minh", "Lóng Luông", "Song Khủa", "Liên Hòa", "Đông Sang", "Chiềng Yên", "Vân Hồ"};

    static final int TEAMS_PER_COMMUNE = 15;
    static final int COMMUNES_PER_DISTRICT = 17;

    private TeamListRows() {
    }

    /** The leader of the i-th generated team; every 37th team has none. */
    static String leaderOf(int i) {
        return i % 37 == 36 ? null
                : FAMILY[i % FAMILY.length] + " " + MIDDLE[i % 2] + " " + GIVEN[(i / 3) % GIVEN.length];
    }

    /**
     * {@code count} teams of a province, grouped by district and commune, made on the fly like a database
     * cursor would deliver them (nothing is held in memory).
     */
    static Iterator<TeamListRow> province(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public TeamListRow next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                int commune = i / TEAMS_PER_COMMUNE;
                int district = commune / COMMUNES_PER_DISTRICT;
                String communeName = "Xã " + PLACE[commune % PLACE.length] + " " + (commune + 1);
                boolean communeTeam = i % TEAMS_PER_COMMUNE == 0;
                String teamName = communeTeam ? communeName
                        : (i % 2 == 0 ? "Bản " : "Tiểu khu ") + PLACE[i % PLACE.length];
                String phone = "09" + String.format("%08d", i);
                return new TeamListRow("Huyện " + PLACE[district % PLACE.length] + " " + (district + 1),
                        communeName, teamName, leaderOf(i), phone, communeTeam ? "Bí thư Đoàn xã" : "Trưởng bản");
            }
        };
    }

    /** {@code count} short single-line rows of one list without sub-headings, for page arithmetic. */
    static Iterator<TeamListRow> singleLine(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public TeamListRow next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int n = ++next;
                return new TeamListRow(null, null, "Bản số " + n, "Lò Văn Ơn", "0912345678", "Trưởng bản");
            }
        };
    }
}
