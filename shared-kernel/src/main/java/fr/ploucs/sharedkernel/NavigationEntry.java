package fr.ploucs.sharedkernel;

import java.util.Objects;

/**
 * An entry a pillar adds to the application's navigation: each pillar declares its entries as beans and the
 * shell lists them, so a pillar grows its menu without any change to the app module.
 *
 * @param labelKey     message key of the label, resolved in the visitor's language
 * @param path         where the entry leads
 * @param order        position among all entries, smaller first
 * @param requiredRole the role needed to see the entry ({@code COORDINATOR}), or {@code null} for every signed-in user
 */
public record NavigationEntry(String labelKey, String path, int order, String requiredRole) {

    public NavigationEntry {
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(path);
    }

    public static NavigationEntry forCoordinators(String labelKey, String path, int order) {
        return new NavigationEntry(labelKey, path, order, "COORDINATOR");
    }
}
