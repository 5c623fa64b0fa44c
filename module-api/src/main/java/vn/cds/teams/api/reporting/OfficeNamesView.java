package vn.cds.teams.api.reporting;

import java.time.LocalDate;

/**
 * The names in force for a province from {@code validFrom} to {@code validTo} (null: open-ended): the programme's,
 * and the receiving offices of the province, the district (null: no district level) and the commune.
 */
public record OfficeNamesView(LocalDate validFrom, LocalDate validTo, String programmeName, String provinceOffice,
                              String districtOffice, String communeOffice) {
}
