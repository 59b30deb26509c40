package fr.ploucs.cooperation.people.application.port.out;

import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.UUID;

public interface ResponsibilityRegister {

    /** Records the responsibility unless already known (a redelivered event). */
    void addUnlessPresent(HeldResponsibility responsibility);

    void markEnded(UUID responsibilityId);

    List<HeldResponsibility> openOf(MemberId memberId);
}
