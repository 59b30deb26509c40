package fr.ploucs.security;

import java.util.Locale;
import java.util.UUID;

/**
 * A coordinator who asked to receive the notifications by e-mail.
 *
 * @param language the language the e-mails are written in: the one the coordinator used PLOUCS in when choosing
 *                 them, French when not known
 */
public record EmailRecipient(UUID userId, String displayName, String email, Locale language) {

    public EmailRecipient {
        language = language == null ? Locale.FRENCH : language;
    }
}
