package fr.ploucs.security;

import fr.ploucs.sharedkernel.MemberId;

import java.time.Instant;
import java.util.UUID;

/** A login to PLOUCS. A representative account is tied to the member structure it represents. */
public record UserAccount(UUID id, String username, String displayName, String passwordHash, Role role, MemberId memberId,
                   boolean enabled, Instant createdAt, boolean mustChangePassword) {
}
