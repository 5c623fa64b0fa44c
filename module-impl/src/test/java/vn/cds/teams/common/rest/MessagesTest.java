package vn.cds.teams.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one message bundle: every text in both languages, every pattern valid, Vietnamese by default. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/vn/cds/teams/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertEquals(new TreeSet<>(vietnamese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        // Numbers as arguments: every pattern takes them, plain ({0}) or as numbers ({0,number,#}).
        for (Properties bundle : new Properties[] {vietnamese, english}) {
            bundle.stringPropertyNames().forEach(key -> {
                String text = new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {1, 2});
                assertFalse(text.isBlank(), key);
            });
        }
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishOnRequest() {
        assertEquals("Không tìm thấy", Messages.text(Locale.ROOT, "title.404"));
        assertEquals("Not found", Messages.text(Locale.ENGLISH, "title.404"));
        assertEquals("Tổ đã đủ 10 thành viên (R4, tính cả Tổ trưởng và Tổ phó); người tiếp theo tham gia nhóm cộng"
                + " tác viên (vai trò COLLABORATOR).", Messages.text(Locale.ROOT, "team.full", 10));
    }
}
