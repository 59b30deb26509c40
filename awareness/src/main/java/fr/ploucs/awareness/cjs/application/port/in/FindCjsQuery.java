package fr.ploucs.awareness.cjs.application.port.in;

import fr.ploucs.awareness.cjs.domain.Client;
import fr.ploucs.awareness.cjs.domain.CommitteeMember;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.Decision;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.Meeting;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.Missing;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface FindCjsQuery {

    List<Edition> editions();

    Optional<Edition> edition(EditionId id);

    /** Each cooperant of the edition with what keeps them inactive today (nothing: active), by name. */
    List<CooperantStatus> cooperants(EditionId id);

    /** One cooperant with what keeps them inactive today. */
    Optional<CooperantStatus> cooperant(CooperantId id);

    List<Facilitator> facilitators(EditionId id);

    List<CommitteeMember> committee(EditionId id);

    List<Client> clients(EditionId id);

    /** The meetings, oldest first, each with its decisions in the order they were recorded. */
    List<MeetingRecord> meetings(EditionId id);

    Optional<SurplusShareOut> surplus(EditionId id);

    /** The signed authorisation of a cooperant: for coordinators only (the pages check it). */
    Optional<SignedDocument> authorisationDocument(CooperantId id);

    List<Sale> sales(EditionId id);

    /** The sum of the edition's sales. */
    Money revenue(EditionId id);

    /** The hours each cooperant of the edition worked, those with none included. */
    Map<CooperantId, BigDecimal> hoursPerCooperant(EditionId id);

    record MeetingRecord(Meeting meeting, List<Decision> decisions) {
    }

    record CooperantStatus(Cooperant cooperant, int ageAtStart, List<Missing> missing) {

        public boolean active() {
            return missing.isEmpty();
        }
    }
}
