package fr.ploucs.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What a coordinator types to open an account; messages are keys of messages/platform.properties. */
class AccountForm {

    @NotBlank(message = "{account.username.required}")
    @Size(max = 60, message = "{account.username.size}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{account.username.pattern}")
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 120, message = "{account.displayName.size}")
    private String displayName;

    @NotBlank(message = "{account.password.required}")
    @Size(min = 12, message = "{account.password.size}")
    private String password;

    /** Ticked on the form; a request that does not send it forces nothing. */
    private boolean mustChangePassword;

    @NotNull(message = "{account.role.required}")
    private Role role = Role.REPRESENTATIVE;

    private UUID memberId;

    @AssertTrue(message = "{account.member.required}")
    public boolean isMemberGivenForRepresentative() {
        return role != Role.REPRESENTATIVE || memberId != null;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
}
