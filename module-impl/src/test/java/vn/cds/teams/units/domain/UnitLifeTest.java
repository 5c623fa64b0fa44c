package vn.cds.teams.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.api.units.UnitType;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.text.VietnameseText;

/** Units with a life: keys for reused codes, dates in force, closing, successions. */
class UnitLifeTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final UnitSuccession.Resolution RESOLUTION = new UnitSuccession.Resolution("1681/NQ-UBTVQH15",
            LocalDate.of(2025, 6, 16), REFORM);

    private final AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);
    private final AdministrativeUnit district = AdministrativeUnit.create("128", "Huyện Vân Hồ", UnitLevel.DISTRICT,
            province);
    private final AdministrativeUnit oldVanHo = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE,
            district);

    @Test
    void aSuccessorThatKeepsACodeIsAnotherUnitWithItsOwnKeyAndPath() {
        oldVanHo.close(REFORM.minusDays(1));
        AdministrativeUnit newVanHo = AdministrativeUnit.open("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, null,
                province, REFORM, true);
        assertEquals("04048~20250701", newVanHo.code());
        assertEquals("04048", newVanHo.officialCode());
        assertEquals("04048", AdministrativeUnit.officialCodeOf(newVanHo.code()));
        assertEquals("/14/04048~20250701/", newVanHo.path());
        assertEquals(UnitType.COMMUNE, newVanHo.type());
        assertTrue(oldVanHo.isInForceOn(LocalDate.of(2025, 6, 30)));
        assertFalse(oldVanHo.isInForceOn(REFORM));
        assertFalse(newVanHo.isInForceOn(LocalDate.of(2025, 6, 30)));
        assertTrue(newVanHo.isInForceOn(REFORM));

        UnitSuccession succession = UnitSuccession.of(oldVanHo, newVanHo, "FULL", RESOLUTION);
        assertEquals("full", succession.part());
        assertEquals("04048", succession.predecessorKey());
        assertEquals("04048~20250701", succession.successorKey());
    }

    @Test
    void closingIsOnceAndNeverBeforeTheStart() {
        assertTrue(oldVanHo.close(LocalDate.of(2025, 6, 30)));
        assertFalse(oldVanHo.close(LocalDate.of(2025, 6, 30)), "again on the same day: nothing changes");
        assertThrows(DomainException.class, () -> oldVanHo.close(LocalDate.of(2025, 5, 31)));
        AdministrativeUnit recent = AdministrativeUnit.open("04006", "Xã Song Khủa", UnitLevel.COMMUNE, null,
                province, REFORM, false);
        assertThrows(DomainException.class, () -> recent.close(LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aSuccessionNeedsTheDatesToMeet() {
        AdministrativeUnit newVanHo = AdministrativeUnit.open("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, null,
                province, REFORM, true);
        assertThrows(DomainException.class, () -> UnitSuccession.of(oldVanHo, newVanHo, "full", RESOLUTION),
                "the predecessor is still in force");
        oldVanHo.close(REFORM.minusDays(1));
        assertThrows(DomainException.class, () -> UnitSuccession.of(oldVanHo, newVanHo, "most", RESOLUTION));
    }

    @Test
    void aUnitOpensOnlyUnderAParentInForceAndAReusedCodeNeedsAStart() {
        district.close(REFORM.minusDays(1));
        assertThrows(DomainException.class, () -> AdministrativeUnit.open("04999", "Xã Mới", UnitLevel.COMMUNE, null,
                district, REFORM, false));
        assertThrows(DomainException.class, () -> AdministrativeUnit.open("04048", "Xã Vân Hồ", UnitLevel.COMMUNE,
                null, province, null, true));
        assertThrows(DomainException.class, () -> AdministrativeUnit.open("04999", "Phường Mới", UnitLevel.COMMUNE,
                UnitType.VILLAGE, province, REFORM, false));
    }

    @Test
    void typesComeFromTheCataloguesWordsOrTheName() {
        assertEquals(UnitType.SPECIAL_ZONE, UnitType.ofLabel("Đặc khu").orElseThrow());
        assertEquals(UnitType.CENTRAL_CITY, UnitType.ofLabel("Thành phố Trung ương").orElseThrow());
        assertEquals(UnitType.WARD, UnitType.ofName("Phường Tô Hiệu", UnitLevel.COMMUNE).orElseThrow());
        assertEquals(UnitType.PROVINCIAL_CITY, UnitType.ofName("Thành phố Sơn La", UnitLevel.DISTRICT).orElseThrow());
        assertEquals(UnitType.RESIDENTIAL_GROUP, UnitType.ofName("Tổ dân phố 3", UnitLevel.VILLAGE).orElseThrow());
        assertTrue(UnitType.ofName("Bản mẫu 1", UnitLevel.COMMUNE).isEmpty());
    }

    @Test
    void namesDifferingOnlyInTonePlacementAreOne() {
        assertTrue(VietnameseText.sameName("Xã Liên Hoà", "Xã Liên Hòa"));
        assertTrue(VietnameseText.sameName("Xã Liên Hoà", "  xã  liên hoà "));
        assertFalse(VietnameseText.sameName("Xã Vân Hồ", "Xã Vân Hô"));
        assertFalse(VietnameseText.sameName("Xã Vân Hồ", "Xã Vân Hồ Mới"));
    }
}
