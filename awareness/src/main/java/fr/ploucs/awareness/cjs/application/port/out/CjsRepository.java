package fr.ploucs.awareness.cjs.application.port.out;

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
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface CjsRepository {

    void insert(Edition edition);

    Optional<Edition> edition(EditionId id);

    List<Edition> editions();

    /** Inserts the cooperant or updates their authorisation and image rights. */
    void save(Cooperant cooperant);

    /** Reads the cooperant and holds their row's lock until the transaction ends. */
    Optional<Cooperant> lockCooperant(CooperantId id);

    List<Cooperant> cooperantsOf(EditionId id);

    /** Replaces the cooperant's signed authorisation. */
    void storeDocument(CooperantId id, SignedDocument document);

    Optional<SignedDocument> document(CooperantId id);

    void insert(Sale sale);

    Optional<Sale> sale(SaleId id);

    List<Sale> salesOf(EditionId id);

    Money revenueOf(EditionId id);

    /** Adds hours worked by the cooperant on the sale. */
    void addHours(SaleId saleId, CooperantId cooperantId, BigDecimal hours);

    Map<CooperantId, BigDecimal> hoursPerCooperant(EditionId id);

    Optional<Cooperant> cooperant(CooperantId id);

    /** Reads the edition and holds its row's lock until the transaction ends. */
    Optional<Edition> lockEdition(EditionId id);

    List<Facilitator> facilitatorsOf(EditionId id);

    void insert(Facilitator facilitator);

    void deleteFacilitator(UUID responsibilityId);

    void insert(CommitteeMember member);

    List<CommitteeMember> committeeOf(EditionId id);

    void insert(Client client);

    List<Client> clientsOf(EditionId id);

    void insert(Meeting meeting);

    Optional<Meeting> meeting(UUID id);

    List<Meeting> meetingsOf(EditionId id);

    void insert(Decision decision);

    /** The decisions of the edition's meetings, in the order they were recorded. */
    List<Decision> decisionsOf(EditionId id);

    /** Replaces the edition's share-out. */
    void save(SurplusShareOut shareOut);

    Optional<SurplusShareOut> surplusOf(EditionId id);
}
