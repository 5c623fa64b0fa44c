package vn.cds.teams.common.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers in the one canonical form stored: 10 digits from 03, 05, 07, 08 or 09 for mobiles,
 * 11 digits from 02 for landlines. "+84", "84", spaces, dots, dashes and brackets arrive too.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private PhoneNumber() {
    }

    /** The canonical form, or empty when the text is no Vietnamese phone number. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }
}
