package fr.ploucs.cooperation.people.application.port.in;

import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The people of a member structure besides its representative. */
public interface ManagePeopleUseCase {

    void addContact(AddContact command);

    void removeContact(MemberId memberId, UUID contactId);

    /** Keeps the outgoing representative among the structure's former ones, when the members feature changes it. */
    void recordFormerRepresentative(FormerRepresentative command);

    /** @param memberSince when the structure joined: the first representative's term began then */
    record FormerRepresentative(MemberId memberId, String name, String email, String phone, LocalDate memberSince,
                                LocalDate until, String reason) {
        public FormerRepresentative {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(name);
            Objects.requireNonNull(email);
            Objects.requireNonNull(until);
        }
    }

    record AddContact(MemberId memberId, String name, ContactRole role, String email, String phone) {
        public AddContact {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
        }
    }
}
