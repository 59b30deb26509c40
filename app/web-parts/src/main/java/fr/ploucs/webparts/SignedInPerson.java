package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.MemberId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is signed in, as the pillars' pages need it: a coordinator sees everything, a member representative only
 * what their own structure does. The app's security grants a representative the authority
 * {@code MEMBER_<member id>}; this is the one place pages read it.
 */
public final class SignedInPerson {

    public static final String MEMBER_AUTHORITY_PREFIX = "MEMBER_";

    private SignedInPerson() {
    }

    public static boolean isCoordinator(Authentication authentication) {
        return hasAuthority(authentication, "ROLE_COORDINATOR");
    }

    /** The structure a representative speaks for; empty for a coordinator or anyone else. */
    public static Optional<MemberId> representedMember(Authentication authentication) {
        if (authentication == null || isCoordinator(authentication)) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(MEMBER_AUTHORITY_PREFIX))
                .findFirst()
                .flatMap(authority -> parse(authority.substring(MEMBER_AUTHORITY_PREFIX.length())));
    }

    private static Optional<MemberId> parse(String id) {
        try {
            return Optional.of(new MemberId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasAuthority(Authentication authentication, String wanted) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> wanted.equals(authority.getAuthority()));
    }
}
