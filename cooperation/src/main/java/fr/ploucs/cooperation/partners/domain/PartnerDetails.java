package fr.ploucs.cooperation.partners.domain;

import java.util.Objects;

/**
 * What a coordinator records about a partner. A COMMUNE partner is linked to its commune (INSEE code), an EPCI
 * partner to its EPCI (SIREN); for the other kinds the commune, optional, is where the partner is found. Address,
 * website and notes are optional.
 */
public record PartnerDetails(PartnerKind kind, String name, String communeCode, String epciCode, String address,
                             String website, String notes) {

    public PartnerDetails {
        Objects.requireNonNull(kind);
        if (kind == PartnerKind.COMMUNE && (communeCode == null || communeCode.isBlank())) {
            throw new PartnerRuleViolation("commune", "partner.commune.required");
        }
        if (kind == PartnerKind.EPCI && (epciCode == null || epciCode.isBlank())) {
            throw new PartnerRuleViolation("epci", "partner.epci.required");
        }
        if (name == null || name.isBlank()) {
            throw new PartnerRuleViolation("name", "partner.name.required");
        }
        if (kind != PartnerKind.EPCI) {
            epciCode = null;
        }
    }
}
