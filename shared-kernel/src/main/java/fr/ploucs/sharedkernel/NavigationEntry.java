package fr.ploucs.sharedkernel;

import java.util.Objects;

/**
 * An entry a pillar adds to the application's navigation: each pillar declares its entries as beans and the shell
 * shows them, so a pillar grows its menu without any change to the app module.
 * <p>
 * The header shows one link per pillar (to the pillar's landing page: its first entry the visitor may see) and the
 * app's own entries ({@code pillar == null}); a pillar's entries appear in that pillar's own navigation, on every
 * page whose path lies under one of them or under {@code /<pillar>}. Entries of the same feature stand together; a
 * feature with several entries is headed by the message {@code nav.section.<pillar>.<feature>}, a pillar by
 * {@code nav.section.<pillar>}.
 *
 * @param pillar   the pillar's id, also the first segment of its paths ({@code cooperation}); null for the app's own
 *                 entries, shown in the header
 * @param feature  the feature the entry belongs to ({@code dues}); null exactly when {@code pillar} is
 * @param labelKey message key of the label, resolved in the visitor's language ({@code nav.<pillar>.<entry>})
 * @param path     where the entry leads
 * @param order    position among the entries, smaller first; a pillar takes the place of its smallest entry
 * @param audience who sees the entry
 */
public record NavigationEntry(String pillar, String feature, String labelKey, String path, int order,
                              Audience audience) {

    /** Who sees an entry: representatives see only what they may use. */
    public enum Audience {
        /** every signed-in person */
        EVERYONE,
        /** the network's coordinators */
        COORDINATORS,
        /** the representatives of member structures */
        REPRESENTATIVES
    }

    public NavigationEntry {
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(audience, "audience");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A navigation path starts with /: " + path);
        }
        if ((pillar == null) != (feature == null)) {
            throw new IllegalArgumentException("An entry names both its pillar and its feature, or neither: " + labelKey);
        }
    }

    /** An entry of a pillar's navigation that only coordinators see. */
    public static NavigationEntry forCoordinators(String pillar, String feature, String labelKey, String path,
                                                  int order) {
        return new NavigationEntry(Objects.requireNonNull(pillar, "pillar"), feature, labelKey, path, order,
                Audience.COORDINATORS);
    }

    /** An entry of a pillar's navigation that only representatives see. */
    public static NavigationEntry forRepresentatives(String pillar, String feature, String labelKey, String path,
                                                     int order) {
        return new NavigationEntry(Objects.requireNonNull(pillar, "pillar"), feature, labelKey, path, order,
                Audience.REPRESENTATIVES);
    }

    /** One of the app's own entries, in the header. */
    public static NavigationEntry ofTheApp(String labelKey, String path, int order, Audience audience) {
        return new NavigationEntry(null, null, labelKey, path, order, audience);
    }

    public boolean inPillar() {
        return pillar != null;
    }
}
