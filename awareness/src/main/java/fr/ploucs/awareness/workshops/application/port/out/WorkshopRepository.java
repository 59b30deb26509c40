package fr.ploucs.awareness.workshops.application.port.out;

import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;

import java.util.List;
import java.util.Optional;

public interface WorkshopRepository {

    void insert(Workshop workshop);

    Optional<Workshop> find(WorkshopId id);

    List<Workshop> all();

    /** Inserts the idea or updates its consent and whether it surfaced. */
    void save(Idea idea);

    /** Reads the idea and holds its row's lock until the transaction ends, so it surfaces once. */
    Optional<Idea> lock(IdeaId id);

    List<Idea> ideasOf(WorkshopId id);
}
