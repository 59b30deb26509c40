package fr.ploucs.security;

import fr.ploucs.webparts.SignedInPerson;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in person. Besides the role, a representative carries the authority {@code MEMBER_<id>} of the structure
 * they represent, so that a pillar checks {@code hasAuthority('MEMBER_' + #id)} without knowing this class.
 */
public class PloucsUser extends User {

    private final UUID id;
    private final String displayName;
    private final Role role;
    private final MemberId memberId;
    private final boolean mustChangePassword;

    PloucsUser(UserAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                authoritiesOf(account.role(), account.memberId()));
        this.id = account.id();
        this.displayName = account.displayName();
        this.role = account.role();
        this.memberId = account.memberId();
        this.mustChangePassword = account.mustChangePassword();
    }

    private static List<GrantedAuthority> authoritiesOf(Role role, MemberId memberId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (memberId != null) {
            authorities.add(new SimpleGrantedAuthority(SignedInPerson.MEMBER_AUTHORITY_PREFIX + memberId.value()));
        }
        return authorities;
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    /** A generated or reset password: nothing but choosing a new one until it is done. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Optional<MemberId> memberId() {
        return Optional.ofNullable(memberId);
    }
}
