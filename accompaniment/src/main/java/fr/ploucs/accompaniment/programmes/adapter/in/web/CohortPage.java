package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageRenderer;
import fr.ploucs.accompaniment.shared.adapter.in.web.CohortPageSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The cohort's page: the cohort, its calendar, capacity and call, then every feature's {@link CohortPageSection}
 * (the applications, the coaching budget), for the controllers that render it.
 */
@Component
class CohortPage implements CohortPageRenderer {

    private final FindProgrammesQuery find;
    private final List<CohortPageSection> sections;

    CohortPage(FindProgrammesQuery find, List<CohortPageSection> sections) {
        this.find = find;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CohortPageSection::order)).toList();
    }

    Cohort load(UUID id) {
        return find.cohort(new CohortId(id)).orElseThrow(() -> new ProgrammeNotFound(id));
    }

    @Override
    public void requireCohort(UUID cohortId) {
        load(cohortId);
    }

    @Override
    public String render(UUID cohortId, Model model) {
        Cohort cohort = load(cohortId);
        model.addAttribute("cohort", CohortView.of(cohort));
        model.addAttribute("programme", find.programme(cohort.getProgrammeId())
                .orElseThrow(() -> new ProgrammeNotFound(cohort.getProgrammeId())));
        model.addAttribute("cohortSections", sections.stream().map(CohortPageSection::template).toList());
        for (CohortPageSection section : sections) {
            section.addTo(cohortId, model);
        }
        return VIEW;
    }
}
