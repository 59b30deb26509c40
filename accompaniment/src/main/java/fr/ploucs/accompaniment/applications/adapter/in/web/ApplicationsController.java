package fr.ploucs.accompaniment.applications.adapter.in.web;

import fr.ploucs.accompaniment.applications.application.port.in.FindApplicationsQuery;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionNotFound;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Apply;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Decide;
import fr.ploucs.accompaniment.applications.application.port.in.SelectionUseCase.Score;
import fr.ploucs.accompaniment.applications.domain.Application;
import fr.ploucs.accompaniment.applications.domain.ApplicationId;
import fr.ploucs.accompaniment.applications.domain.Decision;
import fr.ploucs.accompaniment.applications.domain.Lead;
import fr.ploucs.accompaniment.applications.domain.LeadId;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortChoice;
import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery.CohortSummary;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * « Candidatures »: every cohort's applications (filtered to those the jury has to decide), an application received
 * from a lead or directly, and the jury's page for one application: its scores on each criterion of the call, then
 * its decision with the jury's reasons. Admitting beyond the cohort's capacity is refused on the page.
 */
@Controller
@RequestMapping(ApplicationsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class ApplicationsController {

    static final String PATH = "/accompaniment/applications";
    static final String FORM = "accompaniment/applications/form";
    static final String PAGE = "accompaniment/applications/show";

    private final SelectionUseCase selection;
    private final FindApplicationsQuery find;
    private final FindProgrammesQuery programmes;

    ApplicationsController(SelectionUseCase selection, FindApplicationsQuery find, FindProgrammesQuery programmes) {
        this.selection = selection;
        this.find = find;
        this.programmes = programmes;
    }

    @GetMapping
    String list(@RequestParam(name = "decision", required = false) Decision decision,
                @RequestParam(name = "cohort", required = false) UUID cohort, Model model) {
        List<CohortChoice> cohorts = programmes.cohortChoices();
        model.addAttribute("cohorts", cohorts);
        model.addAttribute("decision", decision);
        model.addAttribute("cohort", cohort);
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("applications", cohorts.stream()
                .filter(choice -> cohort == null || choice.cohortId().value().equals(cohort))
                .flatMap(choice -> find.applicationsOf(choice.cohortId().value()).stream()
                        .filter(line -> decision == null || line.decision() == decision)
                        .map(line -> ApplicationRow.of(line, choice)))
                .toList());
        model.addAttribute("awaitingDecision", find.awaitingDecision());
        return "accompaniment/applications/list";
    }

    @GetMapping("/new")
    String newApplication(@RequestParam(name = "lead", required = false) UUID lead,
                          @RequestParam(name = "cohort", required = false) UUID cohort, Model model) {
        ApplicationForm form = new ApplicationForm();
        form.setCohortId(cohort);
        if (lead != null) {
            Lead found = find.lead(new LeadId(lead)).orElseThrow(() -> new SelectionNotFound(lead));
            form.setLeadId(lead);
            form.setProjectTitle(found.getTitle());
            form.setSummary(found.getDescription());
            form.setHolders(found.getContactName());
            form.setCommuneCode(found.getCommuneCode());
        }
        model.addAttribute("applicationForm", form);
        return form(form, model);
    }

    @PostMapping
    @FormView(FORM)
    String apply(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        String view = form(form, model);
        if (errors.hasErrors()) {
            return view;
        }
        ApplicationId id = selection.apply(new Apply(form.getCohortId(),
                form.getLeadId() == null ? null : new LeadId(form.getLeadId()), form.getProjectTitle(),
                form.getSummary(), form.getHolders(), blankToNull(form.getCommuneCode())));
        redirect.addFlashAttribute("confirmation", "application.received");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model);
    }

    @PostMapping("/{id}/scores")
    @FormView(PAGE)
    String score(@PathVariable UUID id, @ModelAttribute("scoreForm") ScoreForm form, BindingResult errors,
                 Model model, RedirectAttributes redirect) {
        page(id, model);
        ApplicationView application = (ApplicationView) model.getAttribute("candidacy");
        if (errors.hasErrors()) {
            return PAGE;
        }
        Map<String, Integer> given = new LinkedHashMap<>();
        for (int i = 0; i < application.scores().size(); i++) {
            Integer score = i < form.getScores().size() ? form.getScores().get(i) : null;
            if (score != null) {
                given.put(application.scores().get(i).criterion(), score);
            }
        }
        selection.score(new Score(new ApplicationId(id), form.getVersion(), given));
        redirect.addFlashAttribute("confirmation", "application.scored");
        return "redirect:" + PATH + "/" + id + "#decision";
    }

    @PostMapping("/{id}/decision")
    @FormView(PAGE)
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        String view = page(id, model);
        if (errors.hasErrors()) {
            return view;
        }
        Decide decide = new Decide(new ApplicationId(id), form.getVersion(), form.getReasons());
        if (form.getOutcome() == DecisionForm.Outcome.ADMIT) {
            selection.admit(decide);
            redirect.addFlashAttribute("confirmation", "application.admitted");
        } else {
            selection.decline(decide);
            redirect.addFlashAttribute("confirmation", "application.declined");
        }
        return "redirect:" + PATH + "/" + id;
    }

    /** The application's page; the forms the model already holds (one refused, with its errors) are kept. */
    private String page(UUID id, Model model) {
        Application application = find.application(new ApplicationId(id))
                .orElseThrow(() -> new SelectionNotFound(id));
        CohortSummary cohort = programmes.cohortSummary(new CohortId(application.getCohortId()))
                .orElseThrow(() -> new SelectionNotFound(application.getCohortId()));
        ApplicationView view = ApplicationView.of(application, cohort);
        model.addAttribute("candidacy", view);
        if (!model.containsAttribute("scoreForm")) {
            ScoreForm scores = new ScoreForm();
            scores.setScores(new java.util.ArrayList<>(view.scores().stream().map(ApplicationView.ScoreLine::score).toList()));
            scores.setVersion(view.version());
            model.addAttribute("scoreForm", scores);
        }
        if (!model.containsAttribute("decisionForm")) {
            DecisionForm decision = new DecisionForm();
            decision.setVersion(view.version());
            model.addAttribute("decisionForm", decision);
        }
        model.addAttribute("outcomes", DecisionForm.Outcome.values());
        return PAGE;
    }

    private String form(ApplicationForm form, Model model) {
        model.addAttribute("openCohorts", programmes.cohortChoices().stream()
                .filter(CohortChoice::receivesApplications)
                .toList());
        model.addAttribute("lead", form.getLeadId() == null ? null
                : find.lead(new LeadId(form.getLeadId())).orElseThrow(() -> new SelectionNotFound(form.getLeadId())));
        return FORM;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
