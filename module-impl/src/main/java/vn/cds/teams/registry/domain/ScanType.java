package vn.cds.teams.registry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of scan a decision may carry, told by their content (the file's first bytes), never by the name or the
 * type the client claims: a renamed executable is none of them.
 */
public enum ScanType {

    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    ScanType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature opens {@code content}; a PNG must also carry its header chunk (IHDR) next. */
    public static Optional<ScanType> of(byte[] content) {
        for (ScanType type : values()) {
            if (content.length > type.signature.length + 8
                    && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length)
                    && (type != PNG || Arrays.equals(content, 12, 16, new byte[] {'I', 'H', 'D', 'R'}, 0, 4))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<ScanType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
