package vn.cds.teams.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code common} is what every feature builds on; a feature imported from it would make the features depend on each
 * other through it. Read from the sources, so that a new import fails here rather than in a review.
 */
class CommonDependsOnNoFeatureTest {

    private static final Path COMMON = Path.of("src/main/java/vn/cds/teams/common");

    /** Any package of the module outside common (the features) and the application class's own package. */
    private static final Pattern FEATURE_IMPORT =
            Pattern.compile("^import (static )?vn\\.cds\\.teams\\.(?!common\\.|api\\.)[a-z]+\\..*", Pattern.MULTILINE);

    @Test
    void commonImportsNoFeature() throws IOException {
        List<String> offending;
        try (Stream<Path> sources = Files.walk(COMMON)) {
            offending = sources.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return FEATURE_IMPORT.matcher(Files.readString(p)).results()
                            .map(m -> COMMON.relativize(p) + ": " + m.group());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertTrue(Files.isDirectory(COMMON.resolve("security")), "run from module-impl: " + COMMON.toAbsolutePath());
        assertEquals(List.of(), offending);
    }
}
