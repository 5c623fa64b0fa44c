package vn.cds.teams.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void namesTypedOnPhonesAreStoredComposedAndTrimmed() {
        String decomposed = Normalizer.normalize("  Lò   Văn Ểnh ", Normalizer.Form.NFD);
        assertEquals("Lò Văn Ểnh", VietnameseText.clean(decomposed));
        assertTrue(Normalizer.isNormalized(VietnameseText.clean(decomposed), Normalizer.Form.NFC));
        assertNull(VietnameseText.clean("   "));
    }

    @Test
    void searchKeysIgnoreAccentsCaseAndTonePlacement() {
        assertEquals("lo van", VietnameseText.fold("Lò Văn"));
        assertEquals(VietnameseText.fold("Xã Liên Hoà"), VietnameseText.fold("Xã Liên Hòa"));
        assertEquals(VietnameseText.fold("Thuỷ"), VietnameseText.fold("thủy"));
        assertEquals("dinh duc", VietnameseText.fold("Đinh Đức"));
        assertEquals(VietnameseText.fold("Hoá"), VietnameseText.fold(Normalizer.normalize("Hóa", Normalizer.Form.NFD)));
    }

    @Test
    void sortKeysCompareInVietnameseOrder() {
        // Vietnamese order: a ă â b c d đ e ê ... o ô ơ ... u ư ...
        List<String> expected = List.of("An", "Ăn", "Ân", "Bình", "Dũng", "Đức", "Ơn", "Uyên", "Ưng");
        List<String> shuffled = new ArrayList<>(List.of("Ưng", "Đức", "Ân", "Bình", "Ơn", "An", "Uyên", "Dũng", "Ăn"));
        shuffled.sort(Comparator.comparing(VietnameseText::sortKey));
        assertEquals(expected, shuffled);
    }

    @Test
    void slugsOfCommuneNames() {
        assertEquals("lienhoa", VietnameseText.slug("Liên Hoà"));
        assertEquals("vanho", VietnameseText.slug("Vân Hồ"));
    }
}
