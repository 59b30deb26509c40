package fr.ploucs.awareness.cjs.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A member of the edition's local committee (« comité local »): a person and the organisation they speak for, with
 * the partner's id when it is one of cooperation's partners (kept as an id: the partners view is not this feature's).
 */
public record CommitteeMember(UUID id, EditionId editionId, String name, String organisation, UUID partnerId) {

    public CommitteeMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(editionId);
        name = Texts.required(name, "name", "awareness.cjs.committee.name.required", Edition.NAME_MAX);
        organisation = Texts.optional(organisation, "organisation", Edition.NAME_MAX);
    }
}
