package fr.ploucs.awareness.cjs.application;

import fr.ploucs.awareness.cjs.application.port.in.CjsNotFound;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.out.CjsRepository;
import fr.ploucs.awareness.cjs.domain.CjsRuleViolation;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.ImageRights;
import fr.ploucs.awareness.cjs.domain.ParentalAuthorisation;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The CJS; who is active is computed against the clock on every read, so an expiry takes effect by itself. */
@Service
@Transactional
class CjsService implements CjsUseCase, FindCjsQuery {

    static final BigDecimal MAX_HOURS = new BigDecimal("12");

    private final CjsRepository repository;
    private final FindTerritoryQuery territory;
    private final Clock clock;

    CjsService(CjsRepository repository, FindTerritoryQuery territory, Clock clock) {
        this.repository = repository;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    public EditionId openEdition(OpenEdition command) {
        String commune = command.communeCode() == null ? null : command.communeCode().strip();
        if (commune != null && !commune.isEmpty() && territory.commune(commune).isEmpty()) {
            throw new CjsRuleViolation("communeCode", "awareness.cjs.edition.commune.unknown");
        }
        Edition edition = new Edition(EditionId.newId(), command.name(), commune, command.startsOn(),
                command.endsOn());
        repository.insert(edition);
        return edition.id();
    }

    @Override
    public CooperantId enrol(Enrol command) {
        Edition edition = repository.edition(command.editionId())
                .orElseThrow(() -> new CjsNotFound(command.editionId()));
        Cooperant cooperant = Cooperant.enrol(CooperantId.newId(), edition, command.firstName(), command.lastName(),
                command.birthDate());
        repository.save(cooperant);
        return cooperant.id();
    }

    @Override
    public void recordAuthorisation(RecordAuthorisation command) {
        Cooperant cooperant = lock(command.cooperantId());
        ParentalAuthorisation authorisation = ParentalAuthorisation.signed(command.signatory(), command.signedOn(),
                command.expiresOn(), today());
        SignedDocument document = SignedDocument.uploaded(command.fileName(), command.document());
        repository.save(cooperant.authorised(authorisation));
        repository.storeDocument(cooperant.id(), document);
    }

    @Override
    public void recordImageRights(RecordImageRights command) {
        Cooperant cooperant = lock(command.cooperantId());
        if (command.chosenOn() != null && command.chosenOn().isAfter(today())) {
            throw new CjsRuleViolation("chosenOn", "awareness.cjs.image-rights.chosen-on.future");
        }
        repository.save(cooperant.withImageRights(new ImageRights(command.allowed(), command.chosenOn(),
                command.expiresOn())));
    }

    @Override
    public SaleId sell(Sell command) {
        Edition edition = repository.edition(command.editionId())
                .orElseThrow(() -> new CjsNotFound(command.editionId()));
        Sale sale = Sale.sold(SaleId.newId(), edition, command.client(), command.description(), command.amount(),
                command.soldOn());
        repository.insert(sale);
        return sale.id();
    }

    @Override
    public void recordHours(RecordHours command) {
        Sale sale = repository.sale(command.saleId()).orElseThrow(() -> new CjsNotFound(command.saleId()));
        Cooperant cooperant = lock(command.cooperantId());
        if (!cooperant.editionId().equals(sale.editionId())) {
            throw new CjsRuleViolation("cooperantId", "awareness.cjs.hours.other-edition");
        }
        if (!cooperant.activeOn(today())) {
            throw new CjsRuleViolation("cooperantId", "awareness.cjs.hours.inactive");
        }
        BigDecimal hours = command.hours();
        if (hours == null) {
            throw new CjsRuleViolation("hours", "awareness.cjs.hours.required");
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new CjsRuleViolation("hours", "awareness.cjs.hours.range");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new CjsRuleViolation("hours", "awareness.cjs.hours.precision");
        }
        repository.addHours(sale.id(), cooperant.id(), hours);
    }

    private Cooperant lock(CooperantId id) {
        return repository.lockCooperant(id).orElseThrow(() -> new CjsNotFound(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edition> editions() {
        return repository.editions();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Edition> edition(EditionId id) {
        return repository.edition(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CooperantStatus> cooperants(EditionId id) {
        Edition edition = repository.edition(id).orElseThrow(() -> new CjsNotFound(id));
        LocalDate today = today();
        return repository.cooperantsOf(id).stream()
                .map(cooperant -> new CooperantStatus(cooperant, cooperant.ageOn(edition.startsOn()),
                        cooperant.missing(today)))
                .sorted(Comparator.comparing((CooperantStatus status) -> status.cooperant().lastName().toLowerCase())
                        .thenComparing(status -> status.cooperant().firstName().toLowerCase()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedDocument> authorisationDocument(CooperantId id) {
        return repository.document(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sale> sales(EditionId id) {
        return repository.salesOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Money revenue(EditionId id) {
        return repository.revenueOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CooperantId, BigDecimal> hoursPerCooperant(EditionId id) {
        return repository.hoursPerCooperant(id);
    }
}
