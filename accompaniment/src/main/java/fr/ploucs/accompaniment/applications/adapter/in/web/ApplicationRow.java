package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery.ApplicationLine;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortChoice;

import java.util.UUID;

/** A line of « Candidatures »: the application and the cohort it applies to. */
record ApplicationRow(ApplicationLine application, UUID cohortId, String programmeName, String cohortName) {

    static ApplicationRow of(ApplicationLine line, CohortChoice cohort) {
        return new ApplicationRow(line, cohort.cohortId().value(), cohort.programmeName(), cohort.cohortName());
    }
}
