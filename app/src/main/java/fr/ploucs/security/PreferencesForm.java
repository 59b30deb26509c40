package fr.ploucs.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** A person's own settings: the address for e-mail notifications, and whether they want them. */
class PreferencesForm {

    @Email(message = "{preferences.email.invalid}")
    @Size(max = 254, message = "{preferences.email.invalid}")
    private String email;

    private boolean emailNotifications;

    /** Asked when the address changes, so that a stolen session cannot divert the notifications. */
    private String currentPassword;

    @AssertTrue(message = "{preferences.email.required}")
    public boolean isEmailGivenForNotifications() {
        return !emailNotifications || (email != null && !email.isBlank());
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public boolean isEmailNotifications() { return emailNotifications; }
    public void setEmailNotifications(boolean emailNotifications) { this.emailNotifications = emailNotifications; }
}
