package vn.cds.teams.units.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;

class AdministrativeUnitTest {

    private final AdministrativeUnit province = AdministrativeUnit.create("14", "Tỉnh Sơn La", UnitLevel.PROVINCE, null);

    @Test
    void pathsListTheCodesFromTheProvinceDown() {
        AdministrativeUnit district = AdministrativeUnit.create("128", "Huyện Vân Hồ", UnitLevel.DISTRICT, province);
        AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, district);
        assertEquals("/14/128/04048/", commune.path());
        assertEquals("14", commune.provinceCode());
    }

    @Test
    void everyPathBelowAUnitLiesBeforeItsBound() {
        String bound = AdministrativeUnit.pathsBeyond("/14/");
        assertEquals("/140", bound);
        for (String below : java.util.List.of("/14/", "/14/128/", "/14/128/04048/", "/14/zz")) {
            assertEquals(true, below.compareTo("/14/") >= 0 && below.compareTo(bound) < 0, below);
        }
        for (String other : java.util.List.of("/140/", "/15/", "/1/", "/14")) {
            assertEquals(false, other.compareTo("/14/") >= 0 && other.compareTo(bound) < 0, other);
        }
    }

    @Test
    void aCommuneMayHangStraightUnderItsProvince() {
        AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);
        assertEquals("/14/04048/", commune.path());
    }

    @Test
    void levelsMustFitTheirParent() {
        AdministrativeUnit commune = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);
        assertThrows(DomainException.class, () -> AdministrativeUnit.create("1", "Bản", UnitLevel.VILLAGE, province));
        assertThrows(DomainException.class, () -> AdministrativeUnit.create("2", "Xã", UnitLevel.COMMUNE, commune));
        assertThrows(DomainException.class, () -> AdministrativeUnit.create("3", "Tỉnh", UnitLevel.PROVINCE, province));
        assertThrows(DomainException.class, () -> AdministrativeUnit.create("a b", "Xã", UnitLevel.COMMUNE, province));
    }

    @Test
    void r2MinimumIsTheCommunesOwnOrTheProvinces() {
        AdministrativeUnit quangMinh = AdministrativeUnit.create("04042", "Xã Quang Minh", UnitLevel.COMMUNE, province);
        AdministrativeUnit vanHo = AdministrativeUnit.create("04048", "Xã Vân Hồ", UnitLevel.COMMUNE, province);
        quangMinh.setVillageTeamMinimum(3);
        RuleParameters parameters = RuleParameters.defaults("14");
        assertEquals(3, parameters.villageTeamMinimumOf(quangMinh));
        assertEquals(5, parameters.villageTeamMinimumOf(vanHo));
        assertThrows(DomainException.class, () -> province.setVillageTeamMinimum(2));
    }
}
