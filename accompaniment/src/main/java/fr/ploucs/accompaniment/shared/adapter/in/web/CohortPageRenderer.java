package fr.ploucs.accompaniment.shared.adapter.in.web;

import org.springframework.ui.Model;

import java.util.UUID;

/**
 * The cohort's page, for a feature's controller that answers on it (a refused form of a section shown again on the
 * page). Implemented by the programmes feature; features call this instead of the programmes feature's web adapter.
 */
public interface CohortPageRenderer {

    /** The template of the cohort's page. */
    String VIEW = "accompaniment/programmes/cohort";

    /** Answers 404 when there is no such cohort. */
    void requireCohort(UUID cohortId);

    /** @return the view name of the cohort's page, its model filled by the cohort and every section */
    String render(UUID cohortId, Model model);
}
