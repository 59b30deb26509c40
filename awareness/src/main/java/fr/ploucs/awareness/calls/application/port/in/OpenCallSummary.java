package fr.ploucs.awareness.calls.application.port.in;

import java.time.LocalDate;

/** A call for applications as the session pages show it. */
public record OpenCallSummary(String programmeName, String cohortName, LocalDate opensOn, LocalDate closesOn,
                              int capacity) {
}
