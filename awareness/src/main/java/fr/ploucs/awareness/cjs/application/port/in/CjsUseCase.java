package fr.ploucs.awareness.cjs.application.port.in;

import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Coopérative Jeunesse de Services: editions, cooperants behind the minors' gate, services sold, hours worked. */
public interface CjsUseCase {

    /** @throws fr.ploucs.awareness.cjs.domain.CjsRuleViolation field {@code communeCode} when unknown */
    EditionId openEdition(OpenEdition command);

    /** @throws fr.ploucs.awareness.cjs.domain.CjsRuleViolation on {@code birthDate} when not 16 to 18 at the start */
    CooperantId enrol(Enrol command);

    /** Records the authorisation and its signed document (PDF or image, checked by content, at most 5 MB). */
    void recordAuthorisation(RecordAuthorisation command);

    void recordImageRights(RecordImageRights command);

    SaleId sell(Sell command);

    /** @throws fr.ploucs.awareness.cjs.domain.CjsRuleViolation when the cooperant is not active */
    void recordHours(RecordHours command);

    /**
     * Sets the edition's facilitators (one or two persons of active member structures): those kept keep their
     * responsibility, the new ones are published as {@code ResponsibilityAssigned}, those taken off as
     * {@code ResponsibilityEnded}.
     */
    void setFacilitators(SetFacilitators command);

    UUID addCommitteeMember(AddCommitteeMember command);

    UUID addClient(AddClient command);

    UUID holdMeeting(HoldMeeting command);

    UUID recordDecision(RecordDecision command);

    /** Replaces the share-out: the surplus (at most the revenue) and each cooperant's share (together at most it). */
    void shareOutSurplus(ShareOutSurplus command);

    /** @param epciCode the EPCI's SIREN when the territory is an intercommunality rather than a commune */
    record OpenEdition(String name, String communeCode, String epciCode, LocalDate startsOn, LocalDate endsOn) {

        public OpenEdition(String name, String communeCode, LocalDate startsOn, LocalDate endsOn) {
            this(name, communeCode, null, startsOn, endsOn);
        }
    }

    record SetFacilitators(EditionId editionId, List<FacilitatorChoice> facilitators) {
    }

    record FacilitatorChoice(MemberId memberId, String personName, String personEmail) {
    }

    record AddCommitteeMember(EditionId editionId, String name, String organisation, UUID partnerId) {
    }

    record AddClient(EditionId editionId, String name, String contact) {
    }

    record HoldMeeting(EditionId editionId, LocalDate heldOn, String subject) {
    }

    record RecordDecision(UUID meetingId, String text) {
    }

    record ShareOutSurplus(EditionId editionId, Money surplus, Map<CooperantId, Money> shares) {
    }

    record Enrol(EditionId editionId, String firstName, String lastName, LocalDate birthDate) {
    }

    record RecordAuthorisation(CooperantId cooperantId, String signatory, LocalDate signedOn, LocalDate expiresOn,
                               String fileName, byte[] document) {
    }

    record RecordImageRights(CooperantId cooperantId, boolean allowed, LocalDate chosenOn, LocalDate expiresOn) {
    }

    record Sell(EditionId editionId, String client, String description, Money amount, LocalDate soldOn) {
    }

    record RecordHours(SaleId saleId, CooperantId cooperantId, BigDecimal hours) {
    }
}
