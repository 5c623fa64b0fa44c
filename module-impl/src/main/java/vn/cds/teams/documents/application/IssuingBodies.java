package vn.cds.teams.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.documents.domain.Issuer;
import vn.cds.teams.reporting.application.OfficeNamesService;
import vn.cds.teams.reporting.domain.OfficeNames;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * The names of the body that issues a unit's documents: the one place that derives them. A list of teams (F1) is
 * issued by the unit's People's Committee ("ỦY BAN NHÂN DÂN" / "XÃ VÂN HỒ"); a commune's monthly report too, while
 * a district's consolidation comes from its culture and information office and a province's from its department
 * of information and communications (R12), or the offices the province's names of that day give (office names
 * with dates: a report of a month carries that month's office; after the reform a province's department of
 * science and technology, and no district office).
 */
@ApplicationScoped
public class IssuingBodies {

    private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    OfficeNamesService officeNames;

    /** @param date the day whose office names apply */
    public Issuer of(AdministrativeUnit unit, DocumentKind kind, LocalDate date) {
        String place = placeName(unit.name());
        AdministrativeUnit parent = unit.parentCode() == null ? null : em.find(AdministrativeUnit.class,
                unit.parentCode());
        String committee = "UBND " + lowerFirst(unit.name());
        if (kind == DocumentKind.BC && unit.level() != UnitLevel.COMMUNE) {
            OfficeNames names = officeNames.on(unit.provinceCode(), date);
            String department = names.provinceOffice() == null ? "Sở Thông tin và Truyền thông"
                    : names.provinceOffice();
            if (unit.level() == UnitLevel.DISTRICT) {
                String office = names.districtOffice() == null ? "Phòng Văn hóa và Thông tin" : names.districtOffice();
                return new Issuer(committee, office, symbolOf(office), place, department, false, "TRƯỞNG PHÒNG");
            }
            return new Issuer(committee, department, symbolOf(department), place, committee, false, "GIÁM ĐỐC");
        }
        String above = parent == null ? null : "UBND " + lowerFirst(parent.name());
        return new Issuer(PEOPLES_COMMITTEE, unit.name(), "UBND", place, above, true, "CHỦ TỊCH");
    }

    /**
     * An office's abbreviation in the symbol: the initials of its words but "và", without "Phòng" and without
     * accents: "Phòng Văn hóa và Thông tin" VHTT, "Sở Thông tin và Truyền thông" STTTT, "Sở Khoa học và Công
     * nghệ" SKHCN.
     */
    static String symbolOf(String office) {
        StringBuilder symbol = new StringBuilder();
        for (String word : office.replaceFirst("^Phòng ", "").split("[\\s-]+")) {
            if (!word.isEmpty() && !word.equalsIgnoreCase("và")) {
                symbol.append(word.charAt(0));
            }
        }
        String plain = Normalizer.normalize(symbol.toString().toUpperCase(VIETNAMESE), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('Đ', 'D');
        return plain;
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
