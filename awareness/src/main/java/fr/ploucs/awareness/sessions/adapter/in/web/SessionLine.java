package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.awareness.sessions.domain.SessionStatus;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the sessions list. */
public record SessionLine(UUID id, String title, LocalDate date, String requester, String commune,
                          SessionStatus status, String facilitators, boolean needsFacilitator) {
}
