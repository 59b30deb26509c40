package fr.ploucs.cooperation.shared.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

import java.util.Optional;

/**
 * Who speaks for a member structure today, for the features the members feature itself depends on (people): declared
 * here and answered by the members feature, so that the two do not depend on each other.
 */
public interface CurrentRepresentatives {

    /** The e-mail of the member's current representative; empty when no member has this id. */
    Optional<String> representativeEmailOf(MemberId member);
}
