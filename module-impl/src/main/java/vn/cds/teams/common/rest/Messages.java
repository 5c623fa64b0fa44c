package vn.cds.teams.common.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one message bundle: Vietnamese by default, English when the caller asks for it (Accept-Language: en). */
public final class Messages {

    private static final String BUNDLE = "vn.cds.teams.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Vietnamese unless English ranks first among the languages the caller accepts. */
    public static Locale localeOf(HttpHeaders headers) {
        return localeOf(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** Vietnamese unless English ranks before Vietnamese among {@code accepted}, best first. */
    public static Locale localeOf(List<Locale> accepted) {
        for (Locale locale : accepted) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return Locale.ROOT;
            }
        }
        return Locale.ROOT;
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
