package fr.ploucs.awareness.cjs.application;

import fr.ploucs.awareness.cjs.application.port.in.CjsNotFound;
import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.out.CjsRepository;
import fr.ploucs.awareness.cjs.domain.CjsRuleViolation;
import fr.ploucs.awareness.cjs.domain.Client;
import fr.ploucs.awareness.cjs.domain.CommitteeMember;
import fr.ploucs.awareness.cjs.domain.Decision;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.Meeting;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.springframework.context.ApplicationEventPublisher;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The CJS; who is active is computed against the clock on every read, so an expiry takes effect by itself. */
@Service
@Transactional
class CjsService implements CjsUseCase, FindCjsQuery {

    static final BigDecimal MAX_HOURS = new BigDecimal("12");
    static final String PILLAR = "awareness";

    private final CjsRepository repository;
    private final FindTerritoryQuery territory;
    private final ListFacilitatingMembersUseCase members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CjsService(CjsRepository repository, FindTerritoryQuery territory, ListFacilitatingMembersUseCase members,
               ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.territory = territory;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public EditionId openEdition(OpenEdition command) {
        String commune = command.communeCode() == null ? null : command.communeCode().strip();
        if (commune != null && !commune.isEmpty() && territory.commune(commune).isEmpty()) {
            throw new CjsRuleViolation("communeCode", "awareness.cjs.edition.commune.unknown");
        }
        String epci = command.epciCode() == null ? null : command.epciCode().strip();
        if (epci != null && !epci.isEmpty() && territory.epci(epci).isEmpty()) {
            throw new CjsRuleViolation("epciCode", "awareness.cjs.edition.epci.unknown");
        }
        Edition edition = new Edition(EditionId.newId(), command.name(), commune, epci, command.startsOn(),
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
        repository.save(cooperant.withImageRights(ImageRights.chosen(command.allowed(), command.chosenOn(),
                command.expiresOn(), today())));
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

    @Override
    public void setFacilitators(SetFacilitators command) {
        Edition edition = repository.lockEdition(command.editionId())
                .orElseThrow(() -> new CjsNotFound(command.editionId()));
        List<FacilitatorChoice> chosen = command.facilitators() == null ? List.of() : command.facilitators();
        if (chosen.isEmpty()) {
            throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitators.required");
        }
        if (chosen.size() > Facilitator.MAX) {
            throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitators.too-many", Facilitator.MAX);
        }
        Map<MemberId, FacilitatingMemberSummary> active = members.list(ListFacilitatingMembersQuery.activeOnly())
                .stream().filter(FacilitatingMemberSummary::active)
                .collect(Collectors.toMap(FacilitatingMemberSummary::memberId, Function.identity(), (a, b) -> a));
        List<Facilitator> wanted = new ArrayList<>();
        for (FacilitatorChoice choice : chosen) {
            FacilitatingMemberSummary member = choice.memberId() == null ? null : active.get(choice.memberId());
            if (choice.memberId() != null && member == null) {
                throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitator.member.not-active");
            }
            Facilitator facilitator = new Facilitator(UUID.randomUUID(), edition.id(), choice.memberId(),
                    member == null ? null : member.name(), choice.personName(), choice.personEmail());
            if (wanted.stream().anyMatch(facilitator::samePerson)) {
                throw new CjsRuleViolation("facilitators", "awareness.cjs.facilitator.twice");
            }
            wanted.add(facilitator);
        }
        List<Facilitator> before = repository.facilitatorsOf(edition.id());
        for (Facilitator gone : before) {
            if (wanted.stream().noneMatch(gone::samePerson)) {
                repository.deleteFacilitator(gone.responsibilityId());
                events.publishEvent(new ResponsibilityEnded(UUID.randomUUID(), clock.instant(),
                        gone.responsibilityId(), description(edition)));
            }
        }
        for (Facilitator facilitator : wanted) {
            if (before.stream().noneMatch(facilitator::samePerson)) {
                repository.insert(facilitator);
                events.publishEvent(new ResponsibilityAssigned(UUID.randomUUID(), clock.instant(),
                        facilitator.responsibilityId(), facilitator.memberId(), facilitator.personName(),
                        facilitator.personEmail(), PILLAR, description(edition), today()));
            }
        }
    }

    private static String description(Edition edition) {
        return "Animation de la CJS « " + edition.name() + " »";
    }

    @Override
    public UUID addCommitteeMember(AddCommitteeMember command) {
        Edition edition = existing(command.editionId());
        CommitteeMember member = new CommitteeMember(UUID.randomUUID(), edition.id(), command.name(),
                command.organisation(), command.partnerId());
        repository.insert(member);
        return member.id();
    }

    @Override
    public UUID addClient(AddClient command) {
        Edition edition = repository.lockEdition(command.editionId())
                .orElseThrow(() -> new CjsNotFound(command.editionId()));
        Client client = new Client(UUID.randomUUID(), edition.id(), command.name(), command.contact());
        if (repository.clientsOf(edition.id()).stream()
                .anyMatch(other -> other.name().toLowerCase(Locale.ROOT).equals(client.name().toLowerCase(Locale.ROOT)))) {
            throw new CjsRuleViolation("name", "awareness.cjs.client.name.taken");
        }
        repository.insert(client);
        return client.id();
    }

    @Override
    public UUID holdMeeting(HoldMeeting command) {
        Meeting meeting = Meeting.held(UUID.randomUUID(), existing(command.editionId()), command.heldOn(),
                command.subject());
        repository.insert(meeting);
        return meeting.id();
    }

    @Override
    public UUID recordDecision(RecordDecision command) {
        Meeting meeting = repository.meeting(command.meetingId())
                .orElseThrow(() -> new CjsNotFound(command.meetingId()));
        Decision decision = new Decision(UUID.randomUUID(), meeting.id(), command.text());
        repository.insert(decision);
        return decision.id();
    }

    @Override
    public void shareOutSurplus(ShareOutSurplus command) {
        Edition edition = repository.lockEdition(command.editionId())
                .orElseThrow(() -> new CjsNotFound(command.editionId()));
        Set<CooperantId> cooperants = repository.cooperantsOf(edition.id()).stream().map(Cooperant::id)
                .collect(Collectors.toSet());
        Map<CooperantId, Money> given = command.shares() == null ? Map.of() : command.shares();
        List<SurplusShareOut.Share> shares = new ArrayList<>();
        for (Map.Entry<CooperantId, Money> share : given.entrySet()) {
            if (!cooperants.contains(share.getKey())) {
                throw new CjsRuleViolation("shares", "awareness.cjs.surplus.share.other-edition");
            }
            SurplusShareOut.Share checked = new SurplusShareOut.Share(share.getKey(), share.getValue());
            if (!checked.amount().isZero()) {
                shares.add(checked);
            }
        }
        repository.save(SurplusShareOut.of(edition.id(), command.surplus(), shares,
                repository.revenueOf(edition.id())));
    }

    private Edition existing(EditionId id) {
        return repository.edition(id).orElseThrow(() -> new CjsNotFound(id));
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
    public Optional<CooperantStatus> cooperant(CooperantId id) {
        return repository.cooperant(id).flatMap(cooperant -> repository.edition(cooperant.editionId())
                .map(edition -> new CooperantStatus(cooperant, cooperant.ageOn(edition.startsOn()),
                        cooperant.missing(today()))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Facilitator> facilitators(EditionId id) {
        return repository.facilitatorsOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommitteeMember> committee(EditionId id) {
        return repository.committeeOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Client> clients(EditionId id) {
        return repository.clientsOf(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingRecord> meetings(EditionId id) {
        Map<UUID, List<Decision>> decisions = repository.decisionsOf(id).stream()
                .collect(Collectors.groupingBy(Decision::meetingId));
        return repository.meetingsOf(id).stream()
                .map(meeting -> new MeetingRecord(meeting, decisions.getOrDefault(meeting.id(), List.of())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SurplusShareOut> surplus(EditionId id) {
        return repository.surplusOf(id);
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
