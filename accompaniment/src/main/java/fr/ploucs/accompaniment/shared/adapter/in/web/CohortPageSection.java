package fr.ploucs.accompaniment.shared.adapter.in.web;

import org.springframework.ui.Model;

import java.util.UUID;

/**
 * One feature's part of a cohort's page (« Promotion »): applications adds the cohort's applications and admitted
 * projects, budget the coaching hours. Each feature implements it in its own web adapter, with its own incoming
 * ports; the programmes feature renders the page from all of them without knowing them (so no feature depends on
 * another through the page).
 */
public interface CohortPageSection {

    /** The template holding this section as its fragment {@code section}, e.g. {@code accompaniment/budget/cohort-section}. */
    String template();

    /** Where the section stands on the page, smallest first. */
    int order();

    /** Adds this section's model attributes. A form the model already holds (one refused with its errors) is kept. */
    void addTo(UUID cohortId, Model model);
}
