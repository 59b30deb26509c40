package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DefineCall;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.PlanCohort;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.ReplanCohort;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.RefusalRedirect;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A programme's cohorts (« promotions »): plan one, change it, define its call for applications, open the call (which
 * publishes {@code CohortOpened}) and close it; the cohort's page with every feature's section.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CohortsController {

    static final String PATH = "/accompaniment/cohorts";
    static final String FORM = "accompaniment/programmes/cohort-form";
    static final String CALL_FORM = "accompaniment/programmes/call-form";

    private final ManageProgrammesUseCase manage;
    private final FindProgrammesQuery find;
    private final CohortPage page;
    private final Clock clock;

    CohortsController(ManageProgrammesUseCase manage, FindProgrammesQuery find, CohortPage page, Clock clock) {
        this.manage = manage;
        this.find = find;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping(ProgrammesController.PATH + "/{programmeId}/cohorts/new")
    String newCohort(@PathVariable UUID programmeId, Model model) {
        Programme programme = programme(programmeId);
        CohortForm form = new CohortForm();
        int year = LocalDate.now(clock).getYear();
        form.setName("Promotion " + year + "-" + (year + 1));
        form.setStartsOn(LocalDate.of(year, 9, 1));
        form.setEndsOn(LocalDate.of(year + 1, 6, 30));
        form.setCapacity(10);
        model.addAttribute("cohortForm", form);
        return cohortForm(programme, null, model);
    }

    @PostMapping(ProgrammesController.PATH + "/{programmeId}/cohorts")
    @FormView(FORM)
    String plan(@PathVariable UUID programmeId, @Valid @ModelAttribute("cohortForm") CohortForm form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        String view = cohortForm(programme(programmeId), null, model);
        if (errors.hasErrors()) {
            return view;
        }
        CohortId id = manage.plan(new PlanCohort(new ProgrammeId(programmeId), form.getName(), form.getStartsOn(),
                form.getEndsOn(), form.getCapacity()));
        redirect.addFlashAttribute("confirmation", "cohort.planned");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping(PATH + "/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page.render(id, model);
    }

    @GetMapping(PATH + "/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Cohort cohort = page.load(id);
        CohortForm form = new CohortForm();
        form.setName(cohort.getName());
        form.setStartsOn(cohort.getStartsOn());
        form.setEndsOn(cohort.getEndsOn());
        form.setCapacity(cohort.getCapacity());
        form.setVersion(cohort.getVersion());
        model.addAttribute("cohortForm", form);
        return cohortForm(programme(cohort.getProgrammeId().value()), id, model);
    }

    @PostMapping(PATH + "/{id}")
    @FormView(FORM)
    String replan(@PathVariable UUID id, @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Cohort cohort = page.load(id);
        String view = cohortForm(programme(cohort.getProgrammeId().value()), id, model);
        if (errors.hasErrors()) {
            return view;
        }
        manage.replan(new ReplanCohort(new CohortId(id), form.getVersion(), form.getName(), form.getStartsOn(),
                form.getEndsOn(), form.getCapacity()));
        redirect.addFlashAttribute("confirmation", "cohort.updated");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping(PATH + "/{id}/call")
    String editCall(@PathVariable UUID id, Model model) {
        Cohort cohort = page.load(id);
        CallForm form = new CallForm();
        if (cohort.getCall() != null) {
            form.setCallOpensOn(cohort.getCall().opensOn());
            form.setCallClosesOn(cohort.getCall().closesOn());
            form.setJuryOn(cohort.getCall().juryOn());
            form.setCriteria(String.join("\n", cohort.getCall().criteria()));
        }
        form.setVersion(cohort.getVersion());
        model.addAttribute("callForm", form);
        return callForm(cohort, model);
    }

    @PostMapping(PATH + "/{id}/call")
    @FormView(CALL_FORM)
    String defineCall(@PathVariable UUID id, @ModelAttribute("callForm") CallForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        String view = callForm(page.load(id), model);
        if (errors.hasErrors()) {
            return view;
        }
        manage.defineCall(new DefineCall(new CohortId(id), form.getVersion(), new CallForApplications(
                form.getCallOpensOn(), form.getCallClosesOn(), form.getJuryOn(), form.criteriaLines())));
        redirect.addFlashAttribute("confirmation", "cohort.call.defined");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/call/open")
    @RefusalRedirect(PATH + "/{id}#call")
    String openCall(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
                    RedirectAttributes redirect) {
        page.load(id);
        manage.openCall(new CohortId(id), version);
        redirect.addFlashAttribute("confirmation", "cohort.call.opened");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/call/close")
    @RefusalRedirect(PATH + "/{id}#call")
    String closeCall(@PathVariable UUID id, @RequestParam(name = "version", required = false) Long version,
                     RedirectAttributes redirect) {
        page.load(id);
        manage.closeCall(new CohortId(id), version);
        redirect.addFlashAttribute("confirmation", "cohort.call.closed");
        return "redirect:" + PATH + "/" + id;
    }

    private String cohortForm(Programme programme, UUID cohortId, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("cohortId", cohortId);
        return FORM;
    }

    private String callForm(Cohort cohort, Model model) {
        model.addAttribute("cohort", CohortView.of(cohort));
        model.addAttribute("programme", programme(cohort.getProgrammeId().value()));
        return CALL_FORM;
    }

    private Programme programme(UUID id) {
        return find.programme(new ProgrammeId(id)).orElseThrow(() -> new ProgrammeNotFound(id));
    }
}
