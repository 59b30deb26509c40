package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery.ApplicationLine;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.UUID;

/** The cohort's applications with their status, and the projects it admitted (each linked to its page). */
@Component
class CohortApplicationsSection implements CohortPageSection {

    private final FindApplicationsQuery find;
    private final FindProgrammesQuery programmes;

    CohortApplicationsSection(FindApplicationsQuery find, FindProgrammesQuery programmes) {
        this.find = find;
        this.programmes = programmes;
    }

    @Override
    public String template() {
        return "accompaniment/applications/cohort-section";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void addTo(UUID cohortId, Model model) {
        List<ApplicationLine> lines = find.applicationsOf(cohortId);
        model.addAttribute("cohortApplications", lines);
        model.addAttribute("cohortAwaitingDecision", lines.stream()
                .filter(line -> line.decision() == Decision.PENDING).count());
        model.addAttribute("admittedProjects", lines.stream()
                .filter(line -> line.decision() == Decision.ADMITTED && line.projectId() != null)
                .toList());
        model.addAttribute("cohortReceivesApplications", programmes.cohortSummary(new CohortId(cohortId))
                .map(CohortSummary::receivesApplications).orElse(false));
    }
}
