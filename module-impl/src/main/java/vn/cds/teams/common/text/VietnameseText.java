package vn.cds.teams.common.text;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese names as people type them: NFC storage (phones send NFD), accent-insensitive search keys
 * ("lo van" finds "Lò Văn", "Hoà" and "Hòa" fold alike) and sort keys in Vietnamese order that a database can
 * ORDER BY whatever its own collation.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Width of the name_sort columns. */
    public static final int MAX_SORT_KEY = 1600;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    });

    private VietnameseText() {
    }

    /** Trimmed, inner white space folded to one space, NFC; null stays null, blank becomes null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether a text holds only what people type: no control character but tab and line breaks, no bidi override
     * or isolate (which can make a name display as another), no unpaired surrogate (not a character at all).
     */
    public static boolean isCleanText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)
                    || Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r'
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return false;
            }
        }
        return true;
    }

    /** Whether a text shows nothing: empty once white space and invisible (zero-width, format) characters go. */
    public static boolean isInvisible(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** The escape character of every LIKE pattern the module builds from a caller's words. */
    public static final char LIKE_ESCAPE = '!';

    /**
     * A LIKE pattern (with {@link #LIKE_ESCAPE}) that finds {@code words} anywhere: the caller's {@code %} and
     * {@code _} are letters to find, not wildcards.
     */
    public static String containsPattern(String words) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : words.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** Lower case, without tone and vowel marks, đ as d: the key that search compares. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** Hex of the Vietnamese collation key: comparing two keys as plain strings gives Vietnamese order. */
    public static String sortKey(String text) {
        CollationKey key = COLLATOR.get().getCollationKey(text == null ? "" : text);
        String hex = HexFormat.of().formatHex(key.toByteArray());
        // The key leads with primary weights, so a cut at the column's width keeps the order of real names.
        return hex.length() > MAX_SORT_KEY ? hex.substring(0, MAX_SORT_KEY) : hex;
    }

    public static Collator collator() {
        return (Collator) COLLATOR.get().clone();
    }

    /** The name of a unit without its type word, as used in sample user names: "Xã Liên Hoà" -> "lienhoa". */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]", "");
    }

    private static final Pattern TONES = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

    /**
     * Whether two names are one, whatever the Unicode form, case, spacing or tone placement: "Xã Liên Hoà" (old
     * placement, as the 2025 catalogue writes it) and "Xã Liên Hòa" are the same name; "Hồ" and "Hô" are not.
     */
    public static boolean sameName(String a, String b) {
        return toneKey(a).equals(toneKey(b));
    }

    /** Per word: its letters without tone marks, then its tone marks, so that where a tone sits does not count. */
    private static String toneKey(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        for (String word : Normalizer.normalize(cleaned.toLowerCase(VIETNAMESE), Normalizer.Form.NFD).split(" ")) {
            StringBuilder tones = new StringBuilder();
            java.util.regex.Matcher marks = TONES.matcher(word);
            while (marks.find()) {
                tones.append(marks.group());
            }
            key.append(TONES.matcher(word).replaceAll("")).append('|').append(tones).append(' ');
        }
        return key.toString();
    }
}
