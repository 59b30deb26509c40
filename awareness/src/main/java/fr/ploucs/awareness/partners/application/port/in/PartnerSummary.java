package fr.ploucs.awareness.partners.application.port.in;

import fr.ploucs.awareness.partners.domain.PartnerId;

/** A partner as the pages and the other features of awareness read it. */
public record PartnerSummary(PartnerId id, String kind, String name, String communeCode) {
}
