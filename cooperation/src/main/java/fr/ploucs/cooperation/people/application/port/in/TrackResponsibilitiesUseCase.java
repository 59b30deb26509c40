package fr.ploucs.cooperation.people.application.port.in;

import fr.ploucs.cooperation.people.domain.HeldResponsibility;

import java.util.UUID;

/** Keeps cooperation's list of what people hold in the pillars; both calls are safe to repeat. */
public interface TrackResponsibilitiesUseCase {

    void assigned(HeldResponsibility responsibility);

    void ended(UUID responsibilityId);
}
