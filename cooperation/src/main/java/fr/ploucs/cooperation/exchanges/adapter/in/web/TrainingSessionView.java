package fr.ploucs.cooperation.exchanges.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A training session as the pages show it, with its places. */
public record TrainingSessionView(UUID id, UUID programmeId, String title, LocalDate on, LocalTime startsAt,
                                  LocalTime endsAt, String place, String trainer, int capacity, String description,
                                  BigDecimal hours, int registered, int waiting, int placesLeft,
                                  boolean attendanceRecorded, Long version) {
}
