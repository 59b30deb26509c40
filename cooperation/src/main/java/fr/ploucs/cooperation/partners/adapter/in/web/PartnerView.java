package fr.ploucs.cooperation.partners.adapter.in.web;

import fr.ploucs.cooperation.partners.domain.PartnerKind;

import java.util.UUID;

/**
 * A partner as the pages show it, with what the territory reference says of its commune: « Morcenx-la-Nouvelle
 * (40110) », its département « Landes (40) » and its EPCI; and of its own EPCI for an EPCI partner.
 */
public record PartnerView(UUID id, PartnerKind kind, String name, String communeCode, String communeLabel,
                          String departementLabel, String communeEpciName, String epciCode, String epciName,
                          String address, String website, String notes, Long version) {
}
