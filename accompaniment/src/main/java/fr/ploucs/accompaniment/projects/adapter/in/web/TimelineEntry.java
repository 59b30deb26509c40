package fr.ploucs.accompaniment.projects.adapter.in.web;

import java.time.LocalDate;

/** One thing that happened to a project, as its timeline shows it: the day, a message key and its arguments. */
public record TimelineEntry(LocalDate on, String kind, String messageKey, Object[] arguments) {
}
