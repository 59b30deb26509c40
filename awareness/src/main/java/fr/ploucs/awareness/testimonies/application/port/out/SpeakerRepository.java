package fr.ploucs.awareness.testimonies.application.port.out;

import fr.ploucs.awareness.testimonies.domain.Speaker;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;

import java.util.List;
import java.util.Optional;

public interface SpeakerRepository {

    /** @return whether stored now (false when the project is already in the pool) */
    boolean addOnce(Speaker speaker);

    List<Speaker> all();

    Optional<Speaker> find(SpeakerId id);
}
