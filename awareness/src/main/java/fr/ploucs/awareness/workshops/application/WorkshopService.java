package fr.ploucs.awareness.workshops.application;

import fr.ploucs.awareness.workshops.application.port.in.FindWorkshopsQuery;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopNotFound;
import fr.ploucs.awareness.workshops.application.port.in.WorkshopsUseCase;
import fr.ploucs.awareness.workshops.application.port.out.WorkshopRepository;
import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import fr.ploucs.awareness.workshops.domain.WorkshopRuleViolation;
import fr.ploucs.sharedkernel.events.ProjectIdeaSurfaced;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Workshops and their ideas; a consented idea surfaces once, under its row's lock, in the transaction recording it. */
@Service
@Transactional
class WorkshopService implements WorkshopsUseCase, FindWorkshopsQuery {

    private final WorkshopRepository repository;
    private final FindTerritoryQuery territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkshopService(WorkshopRepository repository, FindTerritoryQuery territory, ApplicationEventPublisher events,
                    Clock clock) {
        this.repository = repository;
        this.territory = territory;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WorkshopId record(RecordWorkshop command) {
        String commune = command.communeCode() == null ? null : command.communeCode().strip();
        if (commune != null && !commune.isEmpty() && territory.commune(commune).isEmpty()) {
            throw new WorkshopRuleViolation("communeCode", "awareness.workshop.commune.unknown");
        }
        Workshop workshop = Workshop.record(WorkshopId.newId(), command.theme(), command.heldOn(), commune,
                command.participants(), today());
        repository.insert(workshop);
        return workshop.id();
    }

    @Override
    public IdeaId noteIdea(NoteIdea command) {
        Workshop workshop = workshop(command.workshopId())
                .orElseThrow(() -> new WorkshopNotFound(command.workshopId()));
        Idea idea = Idea.note(IdeaId.newId(), workshop, command.title(), command.description(), command.authorName(),
                command.authorContact(), command.consentGivenOn(), today());
        repository.save(idea);
        surfaceIfConsented(idea, workshop);
        return idea.id();
    }

    @Override
    public void consent(Consent command) {
        Idea idea = repository.lock(command.ideaId()).orElseThrow(() -> new WorkshopNotFound(command.ideaId()));
        Workshop workshop = workshop(idea.workshopId()).orElseThrow(() -> new WorkshopNotFound(idea.workshopId()));
        Idea consented = idea.consent(workshop, command.authorContact(), command.givenOn(), today());
        if (!consented.equals(idea)) {
            repository.save(consented);
        }
        surfaceIfConsented(consented, workshop);
    }

    private void surfaceIfConsented(Idea idea, Workshop workshop) {
        if (!idea.toSurface()) {
            return;
        }
        repository.save(idea.markSurfaced());
        events.publishEvent(new ProjectIdeaSurfaced(UUID.randomUUID(), clock.instant(), idea.id().value(),
                idea.title(), idea.description(), workshop.origin(), idea.authorName(), idea.authorContact(),
                idea.consentGivenOn(), workshop.communeCode()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Workshop> workshops() {
        return repository.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Workshop> workshop(WorkshopId id) {
        return repository.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Idea> ideasOf(WorkshopId id) {
        return repository.ideasOf(id);
    }
}
