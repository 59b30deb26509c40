package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.util.Objects;

/**
 * What a coordinator records about a shared resource: its kind, name, description (optional), the commune where it
 * is found or used from, and the member structure that owns it and lends it to the others.
 */
public record SharedResourceDetails(ResourceKind kind, String name, String description, String location,
                                    MemberId owner) {

    public SharedResourceDetails {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(location);
        Objects.requireNonNull(owner);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a shared resource needs a name");
        }
        if (location.isBlank()) {
            throw new IllegalArgumentException("a shared resource needs a location");
        }
    }
}
