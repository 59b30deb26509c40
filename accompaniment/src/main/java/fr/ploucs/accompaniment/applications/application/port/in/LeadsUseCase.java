package fr.ploucs.accompaniment.applications.application.port.in;

import fr.ploucs.accompaniment.applications.domain.LeadId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Leads: ideas awareness surfaced (their authors agreed to be contacted), and people coordinators met. */
public interface LeadsUseCase {

    LeadId record(RecordLead command);

    /** Records the idea as a lead once, whatever the redeliveries. */
    void ideaSurfaced(IdeaSurfaced command);

    void dismiss(LeadId leadId, Long expectedVersion);

    record RecordLead(String title, String description, String contactName, String contact, String communeCode) {
    }

    record IdeaSurfaced(UUID ideaId, String title, String description, String origin, String authorName,
                        String authorContact, String communeCode, Instant occurredAt) {
    }
}
