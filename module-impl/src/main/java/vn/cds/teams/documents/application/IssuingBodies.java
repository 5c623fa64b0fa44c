package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.documents.domain.Issuer;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The names of the body that issues a unit's documents: the one place that derives them. A list of teams (F1) is
 * issued by the unit's People's Committee ("ỦY BAN NHÂN DÂN" / "XÃ VÂN HỒ"); a commune's monthly report too, while
 * a district's consolidation comes from its culture and information office and a province's from its department
 * of information and communications (R12). Names are derived from the unit as it is named today; the date is
 * taken so that names recorded per province and date can be looked up here when the administration keeps them.
 */
@ApplicationScoped
public class IssuingBodies {

    private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    public Issuer of(AdministrativeUnit unit, DocumentKind kind, LocalDate date) {
        String place = placeName(unit.name());
        AdministrativeUnit parent = unit.parentCode() == null ? null : em.find(AdministrativeUnit.class,
                unit.parentCode());
        String committee = "UBND " + lowerFirst(unit.name());
        if (kind == DocumentKind.BC && unit.level() == UnitLevel.DISTRICT) {
            return new Issuer(committee, "Phòng Văn hóa và Thông tin", "VHTT", place,
                    "Sở Thông tin và Truyền thông", false, "TRƯỞNG PHÒNG");
        }
        if (kind == DocumentKind.BC && unit.level() == UnitLevel.PROVINCE) {
            return new Issuer(committee, "Sở Thông tin và Truyền thông", "STTTT", place, committee, false,
                    "GIÁM ĐỐC");
        }
        String above = parent == null ? null : "UBND " + lowerFirst(parent.name());
        return new Issuer(PEOPLES_COMMITTEE, unit.name(), "UBND", place, above, true, "CHỦ TỊCH");
    }

    /** "Xã Vân Hồ" is at "Vân Hồ". */
    static String placeName(String unitName) {
        return unitName.replaceFirst("^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu) ", "");
    }

    /** "Huyện Vân Hồ" reads "huyện Vân Hồ" after "UBND". */
    static String lowerFirst(String unitName) {
        return unitName.isEmpty() ? unitName
                : unitName.substring(0, 1).toLowerCase(VIETNAMESE) + unitName.substring(1);
    }
}
