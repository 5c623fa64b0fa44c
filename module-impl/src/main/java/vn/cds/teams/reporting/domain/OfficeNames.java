package vn.cds.teams.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;

/**
 * The names a province prints and shows for a period: the programme's and the receiving offices'. They changed
 * with the reform (the Sở Thông tin và Truyền thông merged into the Sở Khoa học và Công nghệ on 1/3/2025, the
 * districts and their Phòng Văn hóa và Thông tin ended on 30/6/2025), so they are settings with dates; a province
 * that set none has the national timeline ({@link #NATIONAL}).
 */
@Entity
@Table(name = "office_names")
public class OfficeNames {

    static final String DIRECTIVE_PROGRAMME = "Tổ chuyển đổi số cộng đồng";

    /**
     * The national timeline: the directive's names, the merged department, then the two-level structure. The
     * programme keeps the directive's name; a province that uses the national one ("Tổ công nghệ số cộng đồng")
     * sets it.
     */
    public static final List<OfficeNames> NATIONAL = List.of(
            national(null, LocalDate.of(2025, 2, 28), DIRECTIVE_PROGRAMME, "Sở Thông tin và Truyền thông",
                    "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân xã"),
            national(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), DIRECTIVE_PROGRAMME,
                    "Sở Khoa học và Công nghệ", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân xã"),
            national(LocalDate.of(2025, 7, 1), null, DIRECTIVE_PROGRAMME, "Sở Khoa học và Công nghệ", null,
                    "Phòng Văn hóa - Xã hội"));

    @Id
    private String id;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "programme_name")
    private String programmeName;

    @Column(name = "province_office")
    private String provinceOffice;

    @Column(name = "district_office")
    private String districtOffice;

    @Column(name = "commune_office")
    private String communeOffice;

    protected OfficeNames() {
    }

    /** A province's names for a period, checked: names required (but the district's), the period in order. */
    public static OfficeNames of(String provinceKey, int index, LocalDate validFrom, LocalDate validTo,
                                 String programmeName, String provinceOffice, String districtOffice,
                                 String communeOffice) {
        Validation validation = new Validation();
        String field = "periods[" + index + "].";
        OfficeNames names = new OfficeNames();
        names.programmeName = required(validation, field + "programmeName", programmeName);
        names.provinceOffice = required(validation, field + "provinceOffice", provinceOffice);
        names.communeOffice = required(validation, field + "communeOffice", communeOffice);
        names.districtOffice = VietnameseText.clean(districtOffice);
        validation.maxLength(field + "districtOffice", names.districtOffice, 200);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            validation.add(field + "validTo", "field.period-order");
        }
        validation.throwIfInvalid();
        names.id = UUID.randomUUID().toString();
        names.provinceCode = provinceKey;
        names.validFrom = validFrom;
        names.validTo = validTo;
        return names;
    }

    private static OfficeNames national(LocalDate from, LocalDate to, String programme, String province,
                                        String district, String commune) {
        return of(null, 0, from, to, programme, province, district, commune);
    }

    private static String required(Validation validation, String field, String value) {
        String clean = VietnameseText.clean(value);
        if (validation.required(field, clean)) {
            validation.maxLength(field, clean, 200);
        }
        return clean;
    }

    /** Periods in order; overlapping ones are refused. */
    public static List<OfficeNames> timeline(List<OfficeNames> periods) {
        List<OfficeNames> sorted = periods.stream().sorted(Comparator.comparing(
                (OfficeNames n) -> n.validFrom == null ? LocalDate.MIN : n.validFrom)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).validTo;
            LocalDate start = sorted.get(i).validFrom;
            if (previousEnd == null || start == null || !start.isAfter(previousEnd)) {
                new Validation().add("periods", "field.periods-overlap").throwIfInvalid();
            }
        }
        return sorted;
    }

    /** The names of a day: the province's own period covering it, else the national timeline's. */
    public static OfficeNames on(List<OfficeNames> own, LocalDate day) {
        return own.stream().filter(n -> n.covers(day)).findFirst()
                .orElseGet(() -> NATIONAL.stream().filter(n -> n.covers(day)).findFirst().orElseThrow());
    }

    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public String provinceCode() {
        return provinceCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String programmeName() {
        return programmeName;
    }

    public String provinceOffice() {
        return provinceOffice;
    }

    /** Null once the province has no district level. */
    public String districtOffice() {
        return districtOffice;
    }

    public String communeOffice() {
        return communeOffice;
    }
}
