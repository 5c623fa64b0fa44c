package vn.cds.teams.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.common.text.VietnameseText;

/**
 * The sample data of the demo WAR ({@code cds-demo.war}, which the run command starts; never in the portal's
 * {@code cds.war}): Sơn La province, Vân Hồ district and its 14 communes as of 2022 (official codes and names), with
 * demo users; then, on the {@code today} timeline ({@code cds.sample-data.timeline}, the default), Sơn La carried
 * across 1 July 2025 (its units of March 2025, resolution 1681/NQ-UBTVQH15, its 75 units of today). The
 * {@code directive} timeline stops before the reform: Sơn La as the directive knew it, and nothing else.
 */
@ApplicationScoped
public class SampleData {

    public static final String PROVINCE_CODE = "14";
    public static final String PROVINCE_NAME = "Tỉnh Sơn La";
    public static final String DISTRICT_CODE = "128";
    public static final String DISTRICT_NAME = "Huyện Vân Hồ";
    /** Communes whose teams the sample data completes and establishes. */
    public static final List<String> ESTABLISHED_COMMUNES = List.of("04048", "04042");
    /** R2's exception in the directive: Quang Minh needs only 3 village teams. */
    public static final String QUANG_MINH = "04042";
    public static final int VILLAGES_PER_COMMUNE = 6;

    /** The district's communes (code, official name), from the statistics office's catalogue. */
    public static final Map<String, String> COMMUNES = communes();

    /** Sơn La's units of March 2025: its rows of the statistics office's catalogue (the national file is 10,806). */
    public static final String UNITS_2025_03 = "son-la-units-2025-03.csv";
    /** Sơn La's rows of the merges of July 2025 (202 of the national 10,604). */
    public static final String MERGES_2025_07 = "son-la-units-2025-07-merges.csv";
    public static final String TODAY = "today";
    public static final String DIRECTIVE = "directive";

    /** Sơn La's communes and wards of today (code, official name), from the merges: 75. */
    public static final Map<String, String> TODAYS_COMMUNES = todaysCommunes();

    @Inject
    @ConfigProperty(name = "cds.sample-data.timeline", defaultValue = TODAY)
    String timeline;

    /** Slug to commune code of the demo users: today's communes first, then the old ones no new unit took. */
    private Map<String, String> userCommunes;

    public static byte[] resource(String name) {
        try (java.io.InputStream in = SampleData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Sample file missing: " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> todaysCommunes() {
        Map<String, String> communes = new LinkedHashMap<>();
        String[] lines = new String(resource(MERGES_2025_07), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length > 1) {
                communes.putIfAbsent(cells[0].strip(), cells[1].strip());
            }
        }
        return Map.copyOf(communes);
    }

    /** Whether the sample carries Sơn La across the reform of 1 July 2025. */
    public boolean today() {
        return !DIRECTIVE.equalsIgnoreCase(timeline == null ? "" : timeline.strip());
    }

    private Map<String, String> userCommunes() {
        if (userCommunes == null) {
            Map<String, String> bySlug = new java.util.HashMap<>();
            if (today()) {
                TODAYS_COMMUNES.forEach((code, name) -> bySlug.put(slug(name), code));
            }
            COMMUNES.forEach((code, name) -> bySlug.putIfAbsent(slug(name), code));
            userCommunes = Map.copyOf(bySlug);
        }
        return userCommunes;
    }

    private static Map<String, String> communes() {
        Map<String, String> communes = new LinkedHashMap<>();
        communes.put("03994", "Xã Suối Bàng");
        communes.put("04006", "Xã Song Khủa");
        communes.put("04009", "Xã Liên Hoà");
        communes.put("04018", "Xã Tô Múa");
        communes.put("04021", "Xã Mường Tè");
        communes.put("04036", "Xã Chiềng Khoa");
        communes.put("04039", "Xã Mường Men");
        communes.put("04042", "Xã Quang Minh");
        communes.put("04048", "Xã Vân Hồ");
        communes.put("04051", "Xã Lóng Luông");
        communes.put("04054", "Xã Chiềng Yên");
        communes.put("04056", "Xã Chiềng Xuân");
        communes.put("04057", "Xã Xuân Nha");
        communes.put("04058", "Xã Tân Xuân");
        return Map.copyOf(communes);
    }

    /** The slug of a commune for user names: "Xã Liên Hoà" gives "lienhoa". */
    public static String slug(String communeName) {
        return VietnameseText.slug(communeName.replaceFirst("^(Xã|Phường|Thị trấn|Đặc khu) ", ""));
    }

    public static String villageCode(String communeCode, int number) {
        return communeCode + "-" + String.format("%02d", number);
    }

    /** Groups of a demo user: one role and the unit of its jurisdiction; empty for an unknown user. */
    public Set<String> groupsOf(String user) {
        switch (user) {
            case "admin":
                return Set.of(CdsRoles.PORTAL_ADMIN);
            case "sonla.so":
                return Set.of(CdsRoles.PROVINCE_OFFICER, CdsRoles.UNIT_GROUP_PREFIX + PROVINCE_CODE);
            case "vanho.phong":
                return Set.of(CdsRoles.DISTRICT_OFFICER, CdsRoles.UNIT_GROUP_PREFIX + DISTRICT_CODE);
            default:
                break;
        }
        // <slug>.<role>, or <slug>.ban<N>.totruong for the leader of village team N.
        String[] parts = user.split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            return Set.of();
        }
        String role = switch (parts[parts.length - 1]) {
            case "chutich" -> CdsRoles.COMMUNE_CHAIR;
            case "canbo" -> CdsRoles.COMMUNE_OFFICER;
            case "totruong" -> CdsRoles.TEAM_LEADER;
            case "dan" -> CdsRoles.RESIDENT;
            default -> null;
        };
        String communeCode = userCommunes().get(parts[0]);
        if (role == null || communeCode == null) {
            return Set.of();
        }
        String unit = communeCode;
        if (parts.length == 3) {
            if (!role.equals(CdsRoles.TEAM_LEADER) || !parts[1].matches("ban[1-9]")
                    || parts[1].charAt(3) - '0' > VILLAGES_PER_COMMUNE) {
                return Set.of();
            }
            unit = villageCode(communeCode, parts[1].charAt(3) - '0');
        }
        return Set.of(role, CdsRoles.UNIT_GROUP_PREFIX + unit);
    }
}
