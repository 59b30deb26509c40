package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

/** A client of the cooperative (a neighbour, the town hall, a shop) and how to reach them. */
public record Client(UUID id, EditionId editionId, String name, String contact) {

    public Client {
        Objects.requireNonNull(id);
        Objects.requireNonNull(editionId);
        name = Texts.required(name, "name", "awareness.cjs.client.name.required", Edition.NAME_MAX);
        contact = Texts.optional(contact, "contact", Edition.NAME_MAX);
    }
}
