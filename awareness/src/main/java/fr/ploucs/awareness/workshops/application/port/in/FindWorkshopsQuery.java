package fr.ploucs.awareness.workshops.application.port.in;

import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;

import java.util.List;
import java.util.Optional;

public interface FindWorkshopsQuery {

    /** Every workshop, the latest first. */
    List<Workshop> workshops();

    Optional<Workshop> workshop(WorkshopId id);

    List<Idea> ideasOf(WorkshopId id);
}
