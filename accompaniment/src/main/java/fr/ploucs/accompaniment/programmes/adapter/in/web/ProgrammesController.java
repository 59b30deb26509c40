package fr.ploucs.accompaniment.programmes.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.CreateProgramme;
import fr.ploucs.accompaniment.programmes.application.port.in.ManageProgrammesUseCase.DescribeProgramme;
import fr.ploucs.accompaniment.programmes.application.port.in.ProgrammeNotFound;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import fr.ploucs.webparts.FormView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.UUID;

/** « Programmes »: the incubation paths, each with its milestone template and its cohorts. */
@Controller
@RequestMapping(ProgrammesController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class ProgrammesController {

    static final String PATH = "/accompaniment/programmes";
    static final String FORM = "accompaniment/programmes/form";

    private final ManageProgrammesUseCase manage;
    private final FindProgrammesQuery find;

    ProgrammesController(ManageProgrammesUseCase manage, FindProgrammesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", find.programmes().stream()
                .map(programme -> ProgrammeLine.of(programme, find.cohortsOf(programme.getId()).size()))
                .toList());
        return "accompaniment/programmes/list";
    }

    @GetMapping("/new")
    String newProgramme(Model model) {
        model.addAttribute("programmeForm", new ProgrammeForm());
        model.addAttribute("programmeId", null);
        return FORM;
    }

    @PostMapping
    @FormView(FORM)
    String create(@ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("programmeId", null);
        if (errors.hasErrors()) {
            return FORM;
        }
        ProgrammeId id = manage.create(new CreateProgramme(form.getName(), form.getDescription(),
                form.milestoneLines()));
        redirect.addFlashAttribute("confirmation", "programme.created");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Programme programme = load(id);
        model.addAttribute("programme", programme);
        model.addAttribute("cohorts", find.cohortsOf(programme.getId()).stream()
                .sorted(Comparator.comparing(Cohort::getStartsOn).reversed())
                .map(CohortView::of)
                .toList());
        return "accompaniment/programmes/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Programme programme = load(id);
        ProgrammeForm form = new ProgrammeForm();
        form.setName(programme.getName());
        form.setDescription(programme.getDescription());
        form.setMilestones(String.join("\n", programme.getMilestoneTemplate()));
        form.setVersion(programme.getVersion());
        model.addAttribute("programmeForm", form);
        model.addAttribute("programmeId", id);
        return FORM;
    }

    @PostMapping("/{id}")
    @FormView(FORM)
    String update(@PathVariable UUID id, @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("programmeId", id);
        load(id);
        if (errors.hasErrors()) {
            return FORM;
        }
        manage.describe(new DescribeProgramme(new ProgrammeId(id), form.getVersion(), form.getName(),
                form.getDescription(), form.milestoneLines()));
        redirect.addFlashAttribute("confirmation", "programme.updated");
        return "redirect:" + PATH + "/" + id;
    }

    private Programme load(UUID id) {
        return find.programme(new ProgrammeId(id)).orElseThrow(() -> new ProgrammeNotFound(id));
    }

    /** A programme in the list, with how many cohorts it has had. */
    record ProgrammeLine(UUID id, String name, String description, int milestones, int cohorts) {

        static ProgrammeLine of(Programme programme, int cohorts) {
            return new ProgrammeLine(programme.getId().value(), programme.getName(), programme.getDescription(),
                    programme.getMilestoneTemplate().size(), cohorts);
        }
    }
}
