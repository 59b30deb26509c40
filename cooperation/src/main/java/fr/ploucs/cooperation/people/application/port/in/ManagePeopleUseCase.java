package fr.ploucs.cooperation.people.application.port.in;

import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.sharedkernel.MemberId;

import java.util.Objects;
import java.util.UUID;

/** The people of a member structure besides its representative. */
public interface ManagePeopleUseCase {

    void addContact(AddContact command);

    void removeContact(MemberId memberId, UUID contactId);

    record AddContact(MemberId memberId, String name, ContactRole role, String email, String phone) {
        public AddContact {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
        }
    }
}
