package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.accompaniment.programmes.application.port.in.FindProgrammesQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase;
import fr.ploucs.accompaniment.projects.application.port.in.ManageProjectsUseCase.ProjectDetails;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectListPage;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectListQuery.ProjectSearch;
import fr.ploucs.accompaniment.projects.domain.Holder;
import fr.ploucs.accompaniment.projects.domain.Outcome;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.Stage;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery.Resolution;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.PageLinks;
import fr.ploucs.webparts.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The projects' pages: the list with its search (coordinators see every project, a representative those their
 * structure coaches), the project page with its timeline, changing what a project is, its stage and milestones, and
 * its leaving the incubator.
 */
@Controller
@RequestMapping("/accompaniment/projects")
@PreAuthorize("hasRole('COORDINATOR')")
class ProjectsController {

    static final String PATH = "/accompaniment/projects";
    private static final String FORM = "accompaniment/projects/form";
    private static final String GRADUATION = "accompaniment/projects/graduation";
    /** Days a form accepts: anything else is a typing mistake, refused next to its field. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final ProjectAccess access;
    private final ProjectPage projectPage;
    private final ProjectListQuery list;
    private final ManageProjectsUseCase manage;
    private final FindProgrammesQuery programmes;
    private final ProjectCoachingQuery coaching;
    private final FindTerritoryQuery territory;
    private final Clock clock;

    ProjectsController(ProjectAccess access, ProjectPage projectPage, ProjectListQuery list,
                       ManageProjectsUseCase manage, FindProgrammesQuery programmes, ProjectCoachingQuery coaching,
                       FindTerritoryQuery territory, Clock clock) {
        this.access = access;
        this.projectPage = projectPage;
        this.list = list;
        this.manage = manage;
        this.programmes = programmes;
        this.coaching = coaching;
        this.territory = territory;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("filter") ProjectFilter filter,
                @RequestParam(name = "page", required = false) String page, Authentication authentication,
                Model model) {
        Collection<UUID> visible = access.visibleProjects(authentication);
        boolean attention = "true".equals(filter.getAttention()) && visible == null;
        if (attention) {
            visible = needingACoach();
        }
        Stage stage = stage(filter.getStage());
        UUID cohort = ProjectAccess.parse(filter.getCohort()).orElse(null);
        String communeCode = null;
        if (filter.getCommune() != null && !filter.getCommune().isBlank()) {
            Resolution<Commune> commune = territory.resolveCommune(cut(filter.getCommune()));
            communeCode = commune.value().map(Commune::code).orElse(null);
            model.addAttribute("communeUnknown", commune.value().isEmpty());
        }
        ProjectListPage found = list.list(new ProjectSearch(filter.getQ(), filter.getHolder(), communeCode, stage,
                cohort, visible), pageFromOne(page) - 1, ProjectListQuery.DEFAULT_PAGE_SIZE);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", cut(filter.getQ()));
        params.put("holder", cut(filter.getHolder()));
        params.put("commune", cut(filter.getCommune()));
        params.put("stage", stage == null ? "" : stage.name());
        params.put("cohort", cohort == null ? "" : cohort.toString());
        params.put("attention", attention ? "true" : "");
        model.addAttribute("projects", found.projects());
        Map<String, String> communeLabels = new LinkedHashMap<>();
        found.projects().stream().map(ProjectListQuery.ProjectListing::communeCode).filter(code -> code != null)
                .distinct().forEach(code -> communeLabels.put(code, projectPage.communeLabel(code)));
        model.addAttribute("communeLabels", communeLabels);
        model.addAttribute("page", PageLinks.of(found.page(), found.pageCount(), found.total(), PATH, params));
        model.addAttribute("searching", params.values().stream().anyMatch(value -> !value.isEmpty()));
        model.addAttribute("attention", attention);
        model.addAttribute("coordinator", SignedInPerson.isCoordinator(authentication));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("cohorts", programmes.cohortChoices());
        Map<UUID, String> cohortLabels = new LinkedHashMap<>();
        programmes.cohortChoices().forEach(choice -> cohortLabels.put(choice.cohortId().value(),
                choice.programmeName() + " · " + choice.cohortName()));
        model.addAttribute("cohortLabels", cohortLabels);
        model.addAttribute("toReassign", coaching.projectsToReassign());
        model.addAttribute("withACoach", coaching.projectsWithACoach());
        return "accompaniment/projects/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        return projectPage.render(access.visible(id, authentication), authentication, model);
    }

    /** What the project page needs around a refused stage or milestone form. */
    void showPage(@PathVariable String id, Authentication authentication, Model model) {
        projectPage.render(access.visible(id, authentication), authentication, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Authentication authentication, Model model) {
        Project project = access.visible(id, authentication);
        ProjectForm form = new ProjectForm();
        form.setTitle(project.getTitle());
        form.setSummary(project.getSummary());
        form.setOrganisation(project.getOrganisation());
        form.setCommune(projectPage.communeLabel(project.getCommuneCode()));
        form.setHolders(String.join("\n", project.getHolders().stream().map(ProjectsController::holderLine)
                .toList()));
        form.setVersion(project.getVersion());
        model.addAttribute("projectDetails", form);
        model.addAttribute("project", project);
        return FORM;
    }

    @PostMapping("/{id}")
    @FormView(FORM)
    String update(@PathVariable String id, @Valid @ModelAttribute("projectDetails") ProjectForm form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        Project project = access.visible(id, authentication);
        model.addAttribute("project", project);
        String communeCode = communeCode(form, errors);
        List<Holder> holders = holders(form.getHolders());
        if (errors.hasErrors()) {
            return FORM;
        }
        manage.change(project.getId(), form.getVersion(), new ProjectDetails(form.getTitle(), form.getSummary(),
                form.getOrganisation(), communeCode, holders));
        redirect.addFlashAttribute("confirmation", "projects.updated");
        return "redirect:" + PATH + "/" + project.getId();
    }

    @PostMapping("/{id}/stage")
    @FormView(value = ProjectPage.VIEW, refill = "showPage")
    String moveTo(@PathVariable String id, @Valid @ModelAttribute("projectStage") StageForm form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        Project project = access.visible(id, authentication);
        inRange(form.getOn(), "on", errors);
        if (errors.hasErrors()) {
            return projectPage.render(project, authentication, model);
        }
        manage.moveTo(project.getId(), form.getVersion(), form.getStage(), form.getOn());
        redirect.addFlashAttribute("confirmation", "projects.stage.moved");
        return "redirect:" + PATH + "/" + project.getId() + "#stages-title";
    }

    @PostMapping("/{id}/milestones")
    @FormView(value = ProjectPage.VIEW, refill = "showPage")
    String markMilestone(@PathVariable String id, @Valid @ModelAttribute("projectMilestone") MilestoneForm form,
                         BindingResult errors, Authentication authentication, Model model,
                         RedirectAttributes redirect) {
        Project project = access.visible(id, authentication);
        if (form.isReached()) {
            if (form.getReachedOn() == null && !errors.hasFieldErrors("reachedOn")) {
                errors.rejectValue("reachedOn", "project.milestone.date.required");
            }
            inRange(form.getReachedOn(), "reachedOn", errors);
        }
        if (errors.hasErrors()) {
            return projectPage.render(project, authentication, model);
        }
        manage.markMilestone(project.getId(), form.getVersion(), form.getMilestone(),
                form.isReached() ? form.getReachedOn() : null);
        redirect.addFlashAttribute("confirmation", form.isReached() ? "projects.milestone.ticked"
                : "projects.milestone.unticked");
        return "redirect:" + PATH + "/" + project.getId() + "#milestones-title";
    }

    @GetMapping("/{id}/graduation")
    String graduation(@PathVariable String id, Authentication authentication, Model model) {
        Project project = access.visible(id, authentication);
        GraduationForm form = new GraduationForm();
        form.setLeftOn(LocalDate.now(clock));
        form.setJobs(0);
        form.setVersion(project.getVersion());
        model.addAttribute("graduation", form);
        return graduationPage(project, model);
    }

    @PostMapping("/{id}/graduation")
    @FormView(GRADUATION)
    String graduate(@PathVariable String id, @Valid @ModelAttribute("graduation") GraduationForm form,
                    BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        Project project = access.visible(id, authentication);
        String page = graduationPage(project, model);
        inRange(form.getLeftOn(), "leftOn", errors);
        if (Boolean.TRUE.equals(form.getGraduated()) && (form.getStructureName() == null
                || form.getStructureName().isBlank()) && !errors.hasFieldErrors("structureName")) {
            errors.rejectValue("structureName", "project.outcome.structure.required");
        }
        if (errors.hasErrors()) {
            return page;
        }
        manage.leave(project.getId(), form.getVersion(), new Outcome(form.getGraduated(), form.getStructureName(),
                form.getLegalForm(), form.getJobs() == null ? 0 : form.getJobs(), form.getNotes(), form.getLeftOn()));
        redirect.addFlashAttribute("confirmation", "projects.graduation.recorded");
        return "redirect:" + PATH + "/" + project.getId();
    }

    private String graduationPage(Project project, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("today", LocalDate.now(clock));
        return GRADUATION;
    }

    /** Followed projects without a current coach, or whose coaching member left. */
    private Set<UUID> needingACoach() {
        Set<UUID> needing = new HashSet<>(list.followedProjectIds());
        needing.removeAll(coaching.projectsWithACoach());
        needing.addAll(coaching.projectsToReassign());
        return needing;
    }

    private String communeCode(ProjectForm form, BindingResult errors) {
        if (errors.hasFieldErrors("commune") || form.getCommune() == null || form.getCommune().isBlank()) {
            return null;
        }
        Resolution<Commune> commune = territory.resolveCommune(form.getCommune());
        if (commune.refused()) {
            errors.rejectValue("commune", commune.problem(), new Object[]{form.getCommune().strip()}, null);
        }
        return commune.value().map(Commune::code).orElse(null);
    }

    /** One holder per line, « Nom ; e-mail ; téléphone ». */
    static List<Holder> holders(String typed) {
        List<Holder> holders = new ArrayList<>();
        if (typed == null) {
            return holders;
        }
        for (String line : typed.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = Arrays.stream(line.split(";", 3)).map(String::strip).toArray(String[]::new);
            holders.add(new Holder(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null));
        }
        return holders;
    }

    private static String holderLine(Holder holder) {
        StringBuilder line = new StringBuilder(holder.name());
        if (holder.email() != null || holder.phone() != null) {
            line.append(" ; ").append(holder.email() == null ? "" : holder.email());
        }
        if (holder.phone() != null) {
            line.append(" ; ").append(holder.phone());
        }
        return line.toString();
    }

    private static void inRange(LocalDate day, String field, BindingResult errors) {
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)
                && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "accompaniment.date.range");
        }
    }

    private static Stage stage(String typed) {
        if (typed == null) {
            return null;
        }
        return Arrays.stream(Stage.values()).filter(s -> s.name().equals(typed)).findFirst().orElse(null);
    }

    /** The page asked for, from 1: anything that is not a sensible number is the first page. */
    static int pageFromOne(String typed) {
        if (typed == null || typed.isBlank()) {
            return 1;
        }
        if (typed.strip().matches("\\d{10,}")) {
            return Integer.MAX_VALUE;
        }
        try {
            return Math.max(1, Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String cut(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() > ProjectListQuery.SEARCH_MAX ? stripped.substring(0, ProjectListQuery.SEARCH_MAX)
                : stripped;
    }
}
