package fr.ploucs.security;

import java.util.UUID;

/** A coordinator who asked to receive the notifications by e-mail. */
public record EmailRecipient(UUID userId, String displayName, String email) {
}
