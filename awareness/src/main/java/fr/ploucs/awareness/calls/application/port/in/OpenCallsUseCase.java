package fr.ploucs.awareness.calls.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The calls for applications accompaniment opens, kept for the facilitators of upcoming sessions. */
public interface OpenCallsUseCase {

    /** Records the call; a call opens once per cohort, so a redelivery changes nothing. @return whether recorded now */
    boolean cohortOpened(CallOpened command);

    /** The calls still open on that day (closing on it or later), the soonest to close first. */
    List<OpenCallSummary> stillOpenOn(LocalDate day);

    record CallOpened(UUID cohortId, String programmeName, String cohortName, LocalDate opensOn, LocalDate closesOn,
                      int capacity) {
    }
}
