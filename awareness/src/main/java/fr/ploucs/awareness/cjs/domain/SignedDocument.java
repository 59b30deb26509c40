package fr.ploucs.awareness.cjs.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * The signed parental authorisation as uploaded: a PDF or an image (PNG, JPEG), recognised by its first bytes
 * whatever its name says, at most {@link #MAX_BYTES}. Stored in PostgreSQL, shown only to coordinators.
 */
public record SignedDocument(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public SignedDocument {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
    }

    /**
     * @throws CjsRuleViolation on {@code document}: empty, too large, or neither a PDF nor a PNG/JPEG image
     */
    public static SignedDocument uploaded(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new CjsRuleViolation("document", "awareness.cjs.document.required");
        }
        if (content.length > MAX_BYTES) {
            throw new CjsRuleViolation("document", "awareness.cjs.document.too-large", MAX_BYTES / (1024 * 1024));
        }
        String type = startsWith(content, PDF) ? "application/pdf"
                : startsWith(content, PNG) ? "image/png"
                : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new CjsRuleViolation("document", "awareness.cjs.document.type");
        }
        String name = fileName == null || fileName.isBlank() ? "autorisation" : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new SignedDocument(name.length() > 200 ? name.substring(0, 200) : name, type, content.clone());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedDocument document && fileName.equals(document.fileName)
                && contentType.equals(document.contentType) && Arrays.equals(content, document.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "SignedDocument[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
