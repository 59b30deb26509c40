package fr.ploucs.cooperation.partners.domain;

import java.util.Objects;
import java.util.UUID;

/** A person to reach at a partner: name, role or function, e-mail and phone (each optional but the name). */
public record PartnerContact(UUID id, PartnerId partnerId, String name, String role, String email, String phone,
                             Long version) {

    public PartnerContact {
        Objects.requireNonNull(id);
        Objects.requireNonNull(partnerId);
        if (name == null || name.isBlank()) {
            throw new PartnerRuleViolation("name", "partner-contact.name.required");
        }
    }

    public static PartnerContact add(PartnerId partnerId, String name, String role, String email, String phone) {
        return new PartnerContact(UUID.randomUUID(), partnerId, name, role, email, phone, null);
    }
}
