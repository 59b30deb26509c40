package fr.ploucs.security;

/** How a person wants to hear of the network's news besides the inbox. */
public record NotificationPreferences(String email, boolean emailNotifications) {
}
