package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.RuleViolation;

import java.util.Optional;

/**
 * Another active booking of the same resource overlaps the period asked for. It names that booking, and the member
 * who made it, when they could be read (a booking cancelled in the meantime leaves them unknown). It concerns the
 * booking's {@code period}.
 */
public class ResourceAlreadyBooked extends RuleViolation {

    private final transient Booking conflicting;
    private final String conflictingMemberName;

    public ResourceAlreadyBooked(Booking conflicting) {
        this(conflicting, null);
    }

    private ResourceAlreadyBooked(Booking conflicting, String conflictingMemberName) {
        super("period", "booking.overlap");
        this.conflicting = conflicting;
        this.conflictingMemberName = conflictingMemberName;
    }

    public ResourceAlreadyBooked naming(String memberName) {
        return new ResourceAlreadyBooked(conflicting, memberName);
    }

    public Optional<Booking> conflicting() {
        return Optional.ofNullable(conflicting);
    }

    public Optional<String> conflictingMemberName() {
        return Optional.ofNullable(conflictingMemberName);
    }
}
