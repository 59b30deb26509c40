package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.cooperation.mutualisation.domain.BookingStatus;

import java.time.LocalDateTime;
import java.util.UUID;

/** A booking as the pages show it, its period in Paris time. */
public record BookingView(UUID id, UUID resourceId, String resourceName, String memberName, LocalDateTime startsAt,
                          LocalDateTime endsAt, String purpose, BookingStatus status, Long version) {

    public boolean active() {
        return status == BookingStatus.ACTIVE;
    }
}
