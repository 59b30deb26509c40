package fr.ploucs.cooperation.people.application.port.in;

import fr.ploucs.cooperation.people.domain.ContactPerson;
import fr.ploucs.cooperation.people.domain.HeldResponsibility;
import fr.ploucs.cooperation.people.domain.RepresentativeTerm;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;

public interface PeopleQuery {

    People peopleOf(MemberId memberId);

    /** What the structure's people hold in the pillars, as the pillars reported it. */
    List<HeldResponsibility> responsibilitiesHeldBy(MemberId memberId, String personEmail);

    /**
     * @param handover what former representatives still hold: to be handed over to someone else
     */
    record People(List<ContactPerson> contacts, List<RepresentativeTerm> formerRepresentatives,
                  List<HeldResponsibility> handover) {

        public static People none() {
            return new People(List.of(), List.of(), List.of());
        }
    }
}
