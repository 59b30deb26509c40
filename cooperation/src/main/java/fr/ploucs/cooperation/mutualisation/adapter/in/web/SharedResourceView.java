package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;

import java.util.UUID;

/** A shared resource as the pages show it. */
public record SharedResourceView(UUID id, ResourceKind kind, String name, String description, String location,
                                 UUID ownerId, String ownerName, boolean active, Long version) {
}
