package vn.cds.teams.api.units;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a unit within its level, with the word the official catalogue writes for it: a commune-level unit is a
 * xã, phường, thị trấn (until 2025) or đặc khu (since 1 July 2025); a village is a bản, thôn, tổ dân phố, tiểu khu...
 */
public enum UnitType {
    PROVINCE(UnitLevel.PROVINCE, "Tỉnh"),
    CENTRAL_CITY(UnitLevel.PROVINCE, "Thành phố Trung ương"),
    RURAL_DISTRICT(UnitLevel.DISTRICT, "Huyện"),
    URBAN_DISTRICT(UnitLevel.DISTRICT, "Quận"),
    DISTRICT_TOWN(UnitLevel.DISTRICT, "Thị xã"),
    PROVINCIAL_CITY(UnitLevel.DISTRICT, "Thành phố"),
    COMMUNE(UnitLevel.COMMUNE, "Xã"),
    WARD(UnitLevel.COMMUNE, "Phường"),
    TOWNSHIP(UnitLevel.COMMUNE, "Thị trấn"),
    SPECIAL_ZONE(UnitLevel.COMMUNE, "Đặc khu"),
    VILLAGE(UnitLevel.VILLAGE, "Bản"),
    HAMLET(UnitLevel.VILLAGE, "Thôn"),
    RESIDENTIAL_GROUP(UnitLevel.VILLAGE, "Tổ dân phố"),
    SUBZONE(UnitLevel.VILLAGE, "Tiểu khu"),
    SOUTHERN_HAMLET(UnitLevel.VILLAGE, "Ấp"),
    QUARTER(UnitLevel.VILLAGE, "Khóm");

    private final UnitLevel level;
    private final String label;

    UnitType(UnitLevel level, String label) {
        this.level = level;
        this.label = label;
    }

    public UnitLevel level() {
        return level;
    }

    /** The word as the catalogue writes it ("Xã", "Phường", "Đặc khu"). */
    public String label() {
        return label;
    }

    /** The type a catalogue's word names, whatever its case or Unicode form. */
    public static Optional<UnitType> ofLabel(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String wanted = normal(word);
        for (UnitType type : values()) {
            if (normal(type.label).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type a unit's official name starts with ("Xã Vân Hồ", "Đặc khu Côn Đảo"), the longest word first. */
    public static Optional<UnitType> ofName(String name, UnitLevel level) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normal(name);
        UnitType best = null;
        for (UnitType type : values()) {
            String word = normal(type.label) + " ";
            if (type.level == level && wanted.startsWith(word)
                    && (best == null || type.label.length() > best.label.length())) {
                best = type;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
