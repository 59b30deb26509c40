package fr.ploucs.awareness.cjs.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The type is read from the first bytes, never from the name; the size is limited. */
class SignedDocumentTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void a_pdf_a_png_and_a_jpeg_are_accepted_whatever_their_names() {
        assertThat(SignedDocument.uploaded("autorisation.pdf", PDF).contentType()).isEqualTo("application/pdf");
        assertThat(SignedDocument.uploaded("scan.bin", PNG).contentType()).isEqualTo("image/png");
        assertThat(SignedDocument.uploaded(null, JPEG).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void a_text_file_named_like_a_pdf_is_refused() {
        assertThatThrownBy(() -> SignedDocument.uploaded("autorisation.pdf",
                "Je soussigné...".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(CjsRuleViolation.class, violation -> {
                    assertThat(violation.field()).contains("document");
                    assertThat(violation.messageKey()).isEqualTo("awareness.cjs.document.type");
                });
    }

    @Test
    void an_empty_file_or_one_over_five_megabytes_is_refused() {
        assertThatThrownBy(() -> SignedDocument.uploaded("vide.pdf", new byte[0]))
                .hasMessage("awareness.cjs.document.required");
        byte[] large = Arrays.copyOf(PDF, SignedDocument.MAX_BYTES + 1);
        assertThatThrownBy(() -> SignedDocument.uploaded("gros.pdf", large))
                .isInstanceOfSatisfying(CjsRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("awareness.cjs.document.too-large");
                    assertThat(violation.arguments()).containsExactly(5);
                });
        assertThat(SignedDocument.uploaded("juste.pdf", Arrays.copyOf(PDF, SignedDocument.MAX_BYTES)).content())
                .hasSize(SignedDocument.MAX_BYTES);
    }
}
