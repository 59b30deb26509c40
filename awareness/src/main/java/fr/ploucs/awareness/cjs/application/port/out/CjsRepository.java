package fr.ploucs.awareness.cjs.application.port.out;

import fr.ploucs.awareness.cjs.domain.Cooperant;
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
}
