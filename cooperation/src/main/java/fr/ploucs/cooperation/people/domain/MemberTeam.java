package fr.ploucs.cooperation.people.domain;



import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The people of a member structure: its contacts and its former representatives (the current one is part of the
 * member's details). Teams turn over often: the history of representatives is what lets a coordinator follow up.
 */
public class MemberTeam {

    private final MemberId memberId;
    private final List<ContactPerson> contacts;
    private final List<RepresentativeTerm> formerRepresentatives;
    private final Long version;

    public MemberTeam(MemberId memberId, List<ContactPerson> contacts, List<RepresentativeTerm> formerRepresentatives,
                      Long version) {
        this.memberId = Objects.requireNonNull(memberId);
        this.contacts = new ArrayList<>(contacts);
        this.formerRepresentatives = new ArrayList<>(formerRepresentatives);
        this.version = version;
    }

    public static MemberTeam empty(MemberId memberId) {
        return new MemberTeam(memberId, List.of(), List.of(), null);
    }

    public ContactPerson addContact(String name, ContactRole role, String email, String phone) {
        ContactPerson contact = new ContactPerson(UUID.randomUUID(), name.strip(), role, blankToNull(email),
                blankToNull(phone));
        contacts.add(contact);
        return contact;
    }

    public void removeContact(UUID contactId) {
        contacts.removeIf(contact -> contact.id().equals(contactId));
    }

    /**
     * Records that the outgoing representative ({@code name}, {@code email}, {@code phone}) stopped representing the structure on {@code until}; their term began when the
     * previous one ended, or on {@code memberSince} for the first representative.
     */
    public void recordFormerRepresentative(String name, String email, String phone, LocalDate memberSince,
                                           LocalDate until, String reason) {
        LocalDate from = formerRepresentatives.isEmpty()
                ? memberSince
                : formerRepresentatives.get(formerRepresentatives.size() - 1).until();
        if (from != null && until.isBefore(from)) {
            throw new PeopleRuleViolation("representative.rule.date-before-term");
        }
        formerRepresentatives.add(new RepresentativeTerm(name, email, phone, from,
                until, blankToNull(reason)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public MemberId getMemberId() {
        return memberId;
    }

    public List<ContactPerson> getContacts() {
        return List.copyOf(contacts);
    }

    public List<RepresentativeTerm> getFormerRepresentatives() {
        return List.copyOf(formerRepresentatives);
    }

    public Long getVersion() {
        return version;
    }
}
