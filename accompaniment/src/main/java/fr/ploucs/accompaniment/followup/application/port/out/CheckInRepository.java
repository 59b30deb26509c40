package fr.ploucs.accompaniment.followup.application.port.out;

import fr.ploucs.accompaniment.followup.domain.CheckIn;
import fr.ploucs.accompaniment.followup.domain.CheckInId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CheckInRepository {

    /** Inserts the check-in unless the project already has one at that many months: true when inserted. */
    boolean insertIfAbsent(CheckIn checkIn);

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> find(CheckInId id);

    /** Due, unrecorded and not yet announced, locked so that two runs announce each once. */
    List<CheckIn> lockUnannouncedDue(LocalDate today);

    List<CheckIn> due(LocalDate today);

    List<CheckIn> of(UUID projectId);
}
