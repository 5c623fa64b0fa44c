package vn.cds.teams.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A decision's scan is told by its first bytes, whatever its name or claimed type. */
class ScanTypeTest {

    private static byte[] padded(byte[] head) {
        return Arrays.copyOf(head, 64);
    }

    private static byte[] padded(int... head) {
        byte[] bytes = new byte[head.length];
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return padded(bytes);
    }

    @Test
    void pdfJpegAndPngAreToldByTheirSignatures() {
        assertEquals(Optional.of(ScanType.PDF), ScanType.of(padded("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(Optional.of(ScanType.JPEG), ScanType.of(padded(0xFF, 0xD8, 0xFF,
                0xE0)));
        assertEquals(Optional.of(ScanType.PNG), ScanType.of(padded(0x89, 'P', 'N', 'G',
                '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
                'R')));
    }

    @Test
    void executablesTextAndTruncatedFilesAreNone() {
        assertTrue(ScanType.of(padded(0x7F, 'E', 'L', 'F')).isEmpty(), "ELF");
        assertTrue(ScanType.of(padded('M', 'Z', 0x90, 0)).isEmpty(), "Windows program");
        assertTrue(ScanType.of(padded("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty(), "not at start");
        assertTrue(ScanType.of("%PDF-".getBytes(StandardCharsets.US_ASCII)).isEmpty(), "only a signature");
        assertTrue(ScanType.of(padded(0x89, 'P', 'N', 'G', '\r', '\n',
                0x1A, '\n')).isEmpty(), "a PNG without its header chunk");
        assertTrue(ScanType.of(new byte[0]).isEmpty());
    }
}
