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
 * Sample-data mode ({@code cds.sample-data=true}, env CDS_SAMPLE_DATA; off unless the run command sets it): Sơn La
 * province, Vân Hồ district and its 14 communes as of 2022 (official codes and names), with demo users.
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

    @Inject
    @ConfigProperty(name = "cds.sample-data", defaultValue = "false")
    boolean enabled;

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

    public boolean enabled() {
        return enabled;
    }

    /** The slug of a commune for user names: "Xã Liên Hoà" gives "lienhoa". */
    public static String slug(String communeName) {
        return VietnameseText.slug(communeName.replaceFirst("^(Xã|Phường|Thị trấn) ", ""));
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
        String communeCode = COMMUNES.entrySet().stream().filter(c -> slug(c.getValue()).equals(parts[0]))
                .map(Map.Entry::getKey).findFirst().orElse(null);
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
