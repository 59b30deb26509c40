package fr.ploucs.cooperation.members.domain;

import fr.ploucs.cooperation.shared.domain.Siret;

import java.util.Objects;

/** What a coordinator records about a structure, apart from its membership history. */
public record MemberDetails(String name, LegalForm legalForm, Siret siret, String commune, Representative representative) {

    public MemberDetails {
        Objects.requireNonNull(name);
        Objects.requireNonNull(legalForm);
        Objects.requireNonNull(commune);
        Objects.requireNonNull(representative);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a member needs a name");
        }
    }
}
