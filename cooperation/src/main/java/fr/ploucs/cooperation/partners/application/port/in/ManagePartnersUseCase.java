package fr.ploucs.cooperation.partners.application.port.in;

import fr.ploucs.cooperation.partners.domain.InteractionKind;
import fr.ploucs.cooperation.partners.domain.PartnerId;
import fr.ploucs.cooperation.partners.domain.PartnerKind;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Partners and territory: registering and changing a partner, adding its contacts, logging exchanges with it. A
 * COMMUNE or EPCI partner is linked to the territory reference by code, and without a name takes the reference's.
 * Refusals are {@link fr.ploucs.cooperation.partners.domain.PartnerRuleViolation}; a stale change is
 * {@link fr.ploucs.cooperation.partners.domain.PartnerChangedMeanwhile}; an unknown partner {@link PartnerNotFound}.
 */
public interface ManagePartnersUseCase {

    PartnerId register(PartnerFields fields);

    void update(PartnerId id, Long expectedVersion, PartnerFields fields);

    UUID addContact(AddContact command);

    UUID logInteraction(LogInteraction command);

    /** A partner as typed: the name may be blank for a COMMUNE or an EPCI partner. */
    record PartnerFields(PartnerKind kind, String name, String communeCode, String epciCode, String address,
                         String website, String notes) {
        public PartnerFields {
            Objects.requireNonNull(kind);
        }
    }

    record AddContact(PartnerId partnerId, String name, String role, String email, String phone) {
        public AddContact {
            Objects.requireNonNull(partnerId);
        }
    }

    /** {@code author} is the signed-in coordinator's username. */
    record LogInteraction(PartnerId partnerId, LocalDate date, InteractionKind kind, String summary, String followUp,
                          String author) {
        public LogInteraction {
            Objects.requireNonNull(partnerId);
            Objects.requireNonNull(date);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(author);
        }
    }
}
