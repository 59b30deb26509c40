package fr.ploucs.awareness.cjs.application.port.in;

import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

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

    record OpenEdition(String name, String communeCode, LocalDate startsOn, LocalDate endsOn) {
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
