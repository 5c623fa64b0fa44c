package vn.cds.teams.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.teams.common.domain.DomainException;

class OfficeNamesTest {

    @Test
    void theNationalTimelineFollowsTheMergedDepartmentAndTheEndOfDistricts() {
        OfficeNames directive = OfficeNames.on(List.of(), LocalDate.of(2022, 6, 15));
        assertEquals("Sở Thông tin và Truyền thông", directive.provinceOffice());
        assertEquals("Phòng Văn hóa và Thông tin", directive.districtOffice());
        assertEquals("Tổ chuyển đổi số cộng đồng", directive.programmeName());
        assertEquals("Sở Khoa học và Công nghệ", OfficeNames.on(List.of(), LocalDate.of(2025, 3, 1)).provinceOffice());
        OfficeNames twoLevels = OfficeNames.on(List.of(), LocalDate.of(2025, 7, 1));
        assertNull(twoLevels.districtOffice());
        assertEquals("Phòng Văn hóa - Xã hội", twoLevels.communeOffice());
    }

    @Test
    void aProvincesOwnPeriodComesFirstAndPeriodsMayNotOverlap() {
        OfficeNames own = OfficeNames.of("14", 0, LocalDate.of(2025, 7, 1), null, "Tổ công nghệ số cộng đồng",
                "Sở Khoa học và Công nghệ", null, "Phòng Văn hóa - Xã hội");
        assertEquals("Tổ công nghệ số cộng đồng", OfficeNames.on(List.of(own), LocalDate.of(2026, 1, 1))
                .programmeName());
        assertEquals("Tổ chuyển đổi số cộng đồng", OfficeNames.on(List.of(own), LocalDate.of(2024, 1, 1))
                .programmeName(), "before its own period, the national timeline");
        OfficeNames before = OfficeNames.of("14", 1, null, LocalDate.of(2025, 7, 1), "Tổ chuyển đổi số cộng đồng",
                "Sở Thông tin và Truyền thông", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân xã");
        assertThrows(DomainException.class, () -> OfficeNames.timeline(List.of(own, before)));
        assertThrows(DomainException.class, () -> OfficeNames.of("14", 0, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 6, 1), "x", "y", null, "z"));
        assertEquals(3, assertThrows(DomainException.class, () -> OfficeNames.of("14", 0, null, null, " ", null,
                null, "")).violations().size());
    }
}
