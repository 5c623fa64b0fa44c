package vn.cds.teams.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0912345678, 0912345678",
        "0912 345 678, 0912345678",
        "0912.345.678, 0912345678",
        "+84 912 345 678, 0912345678",
        "+84912345678, 0912345678",
        "84912345678, 0912345678",
        "(+84) 38-123-4567, 0381234567",
        "0212 3851 234, 02123851234"
    })
    void acceptedFormsBecomeOneCanonicalForm(String typed, String canonical) {
        assertEquals(Optional.of(canonical), PhoneNumber.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "0123456789", "091234567", "09123456789", "0612345678", "abc0912345678",
        "+1 912 345 678", "02123"})
    void everythingElseIsRefused(String typed) {
        assertTrue(PhoneNumber.canonical(typed).isEmpty(), typed);
    }
}
