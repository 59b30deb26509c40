package fr.ploucs.awareness.workshops.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

/** A workshop as the pages show it, its commune named from the territory reference. */
record WorkshopView(UUID id, String theme, LocalDate heldOn, String communeCode, String communeLabel,
                    int participants) {
}
