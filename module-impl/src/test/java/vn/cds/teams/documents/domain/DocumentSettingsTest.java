package vn.cds.teams.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.teams.api.documents.DocumentKind;
import vn.cds.teams.api.documents.SigningAuthority;
import vn.cds.teams.common.domain.DomainException;

class DocumentSettingsTest {

    private static final Issuer COMMUNE = new Issuer("ỦY BAN NHÂN DÂN", "Xã Vân Hồ", "UBND", "Vân Hồ",
            "UBND huyện Vân Hồ", true, "CHỦ TỊCH");
    private static final Issuer OFFICE = new Issuer("UBND huyện Vân Hồ", "Phòng Văn hóa và Thông tin", "VHTT",
            "Vân Hồ", "Sở Thông tin và Truyền thông", false, "TRƯỞNG PHÒNG");

    @Test
    void defaultsAreTodaysPractice() {
        DocumentSettings commune = DocumentSettings.defaults("04048", DocumentKind.DS, COMMUNE);
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), commune.signatureLines());
        assertEquals(List.of("- Như trên;", "- UBND huyện Vân Hồ;", "- Lưu: VT."), commune.recipientLines());
        DocumentSettings office = DocumentSettings.defaults("128", DocumentKind.BC, OFFICE);
        assertEquals(List.of("TRƯỞNG PHÒNG"), office.signatureLines());
    }

    @Test
    void signatureBlockFollowsWhoSigns() {
        DocumentSettings s = DocumentSettings.defaults("04048", DocumentKind.DS, COMMUNE);
        s.change("ỦY BAN NHÂN DÂN", SigningAuthority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lường Thị Mẫu", null, "VT");
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), s.signatureLines());
        s.change("ỦY BAN NHÂN DÂN", SigningAuthority.Q, "CHỦ TỊCH", null, "Lò Văn Bình", null, "VT");
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"), s.signatureLines());
        s.change(null, SigningAuthority.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", null, null, "VT");
        assertEquals(List.of("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"), s.signatureLines());
        s.change(null, SigningAuthority.TUQ, "CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN", null, null, "VT");
        assertEquals(List.of("TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA VÀ THÔNG TIN"), s.signatureLines());
        s.change(null, SigningAuthority.HEAD, null, "GIÁM ĐỐC", null, List.of(" Như trên ", "", "UBND tỉnh"), "VT, VP");
        assertEquals(List.of("GIÁM ĐỐC"), s.signatureLines());
        assertEquals(List.of("- Như trên;", "- UBND tỉnh;", "- Lưu: VT, VP."), s.recipientLines());
    }

    @Test
    void refusesWhatTheDecreeDoesNotAllow() {
        DocumentSettings s = DocumentSettings.defaults("04048", DocumentKind.DS, COMMUNE);
        DomainException byOrder = assertThrows(DomainException.class, () -> s.change("ỦY BAN NHÂN DÂN",
                SigningAuthority.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", null, null, "VT"));
        assertEquals("onBehalfOf", byOrder.violations().get(0).field());
        assertThrows(DomainException.class, () -> s.change(null, SigningAuthority.KT, null, "PHÓ CHỦ TỊCH", null,
                null, "VT"), "KT. needs the head's title");
        assertThrows(DomainException.class, () -> s.change(null, null, null, "CHỦ TỊCH", null, null, "VT"));
        assertThrows(DomainException.class, () -> s.change(null, SigningAuthority.HEAD, null, "CHỦ TỊCH", null,
                null, " "), "Lưu: is required");
        // Nothing changed by the refused calls.
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), s.signatureLines());
    }
}
