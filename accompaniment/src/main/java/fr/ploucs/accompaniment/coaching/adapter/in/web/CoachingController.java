package fr.ploucs.accompaniment.coaching.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingNotFound;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Assign;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Correct;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase.Hold;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery.ProjectCoaching;
import fr.ploucs.accompaniment.coaching.application.port.in.NotYourProject;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession.SessionDetails;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.FormView;
import fr.ploucs.webparts.RefusalRedirect;
import fr.ploucs.webparts.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * « Accompagnement » of a project: who coaches it (coordinators assign the member structure and its person, the
 * history kept) and the sessions held, with their total hours. Coordinators log and correct sessions of every
 * project; a member representative only of the projects their structure coaches now, and sees no other: the use
 * cases refuse them ({@link NotYourProject}, a 403 page) once the project is known to exist (404 otherwise).
 */
@Controller
class CoachingController {

    static final String PAGE_PATH = "/accompaniment/projects/{id}/coaching";
    static final String MY_PROJECTS = "/accompaniment/my-coaching";
    private static final String PAGE = "accompaniment/coaching/page";
    private static final String EDIT = "accompaniment/coaching/session-edit";

    private final CoachingUseCase coaching;
    private final FindCoachingQuery query;
    private final ListCoachingMembersUseCase members;
    private final Clock clock;

    CoachingController(CoachingUseCase coaching, FindCoachingQuery query, ListCoachingMembersUseCase members,
                       Clock clock) {
        this.coaching = coaching;
        this.query = query;
        this.members = members;
        this.clock = clock;
    }

    /** « Mes projets accompagnés » for a representative; every project coached now for a coordinator. */
    @GetMapping(MY_PROJECTS)
    @PreAuthorize("isAuthenticated()")
    String myProjects(Authentication authentication, Model model) {
        MemberId actingFor = actingFor(authentication);
        model.addAttribute("coordinator", actingFor == null);
        model.addAttribute("projects", query.coachedProjects(actingFor));
        return "accompaniment/coaching/my-projects";
    }

    @GetMapping(PAGE_PATH)
    @PreAuthorize("isAuthenticated()")
    String page(@PathVariable UUID id, Authentication authentication, Model model) {
        refillPage(id, authentication, model);
        return PAGE;
    }

    @PostMapping(PAGE_PATH + "/assignment")
    @PreAuthorize("hasRole('COORDINATOR')")
    @FormView(value = PAGE, refill = "refillPage")
    String assign(@PathVariable UUID id, @Valid @ModelAttribute("assignment") AssignmentForm form,
                  BindingResult errors, Authentication authentication, Model model, RedirectAttributes redirect) {
        query.coachingOf(id, null);
        if (errors.hasErrors()) {
            return page(id, authentication, model);
        }
        coaching.assign(new Assign(id, new MemberId(form.getMemberId()), form.getCoachName(), form.getCoachEmail(),
                form.getSince()));
        redirect.addFlashAttribute("confirmation", "coaching.assignment.done");
        return "redirect:/accompaniment/projects/" + id + "/coaching";
    }

    @PostMapping(PAGE_PATH + "/sessions")
    @PreAuthorize("isAuthenticated()")
    @FormView(value = PAGE, refill = "refillPage")
    String hold(@PathVariable UUID id, @Valid @ModelAttribute("coachingSession") SessionForm form, BindingResult errors,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        MemberId actingFor = actingFor(authentication);
        query.coachingOf(id, actingFor);
        if (errors.hasErrors()) {
            return page(id, authentication, model);
        }
        coaching.hold(new Hold(id, actingFor, details(form)));
        redirect.addFlashAttribute("confirmation", "coaching.session.logged");
        return "redirect:/accompaniment/projects/" + id + "/coaching#sessions-title";
    }

    @GetMapping(PAGE_PATH + "/sessions/{sessionId}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable UUID id, @PathVariable UUID sessionId, Authentication authentication, Model model) {
        CoachingSession session = refillEdit(id, sessionId, authentication, model);
        model.addAttribute("coachingSession", formOf(session));
        return EDIT;
    }

    @PostMapping(PAGE_PATH + "/sessions/{sessionId}")
    @PreAuthorize("isAuthenticated()")
    @FormView(value = EDIT, refill = "refillEdit")
    String correct(@PathVariable UUID id, @PathVariable UUID sessionId,
                   @Valid @ModelAttribute("coachingSession") SessionForm form, BindingResult errors,
                   Authentication authentication, Model model, RedirectAttributes redirect) {
        refillEdit(id, sessionId, authentication, model);
        if (errors.hasErrors()) {
            return EDIT;
        }
        coaching.correct(new Correct(new CoachingSessionId(sessionId), form.getVersion(), actingFor(authentication),
                details(form)));
        redirect.addFlashAttribute("confirmation", "coaching.session.corrected");
        return "redirect:/accompaniment/projects/" + id + "/coaching#sessions-title";
    }

    @PostMapping(PAGE_PATH + "/sessions/{sessionId}/delete")
    @PreAuthorize("isAuthenticated()")
    @RefusalRedirect(PAGE_PATH + "/sessions/{sessionId}/edit")
    String delete(@PathVariable UUID id, @PathVariable UUID sessionId,
                  @RequestParam(name = "version", required = false) Long version, Authentication authentication,
                  RedirectAttributes redirect) {
        MemberId actingFor = actingFor(authentication);
        sessionOf(query.coachingOf(id, actingFor), sessionId, actingFor);
        coaching.delete(new CoachingSessionId(sessionId), version, actingFor);
        redirect.addFlashAttribute("confirmation", "coaching.session.deleted-done");
        return "redirect:/accompaniment/projects/" + id + "/coaching#sessions-title";
    }

    /** What the project's page shows besides the forms bound: the project's coaching, the choices, empty forms. */
    void refillPage(@PathVariable UUID id, Authentication authentication, Model model) {
        MemberId actingFor = actingFor(authentication);
        ProjectCoaching project = query.coachingOf(id, actingFor);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("project", project);
        model.addAttribute("current", project.current().orElse(null));
        model.addAttribute("coordinator", actingFor == null);
        model.addAttribute("actingFor", actingFor == null ? null : actingFor.value());
        model.addAttribute("today", today);
        if (actingFor == null) {
            model.addAttribute("members", members.list(ListCoachingMembersQuery.activeOnly()));
            if (!model.containsAttribute("assignment")) {
                AssignmentForm assignment = new AssignmentForm();
                assignment.setSince(today);
                model.addAttribute("assignment", assignment);
            }
        }
        if (!model.containsAttribute("coachingSession")) {
            SessionForm session = new SessionForm();
            session.setHeldOn(today);
            project.current().map(Assignment::getCoachName).ifPresent(session::setCoachName);
            model.addAttribute("coachingSession", session);
        }
    }

    /** The session being corrected, refused to a representative whose structure did not hold it. */
    CoachingSession refillEdit(@PathVariable UUID id, @PathVariable UUID sessionId, Authentication authentication,
                               Model model) {
        MemberId actingFor = actingFor(authentication);
        ProjectCoaching project = query.coachingOf(id, actingFor);
        CoachingSession session = sessionOf(project, sessionId, actingFor);
        model.addAttribute("project", project);
        model.addAttribute("sessionId", sessionId);
        model.addAttribute("memberName", session.getMemberName());
        model.addAttribute("today", LocalDate.now(clock));
        return session;
    }

    @ExceptionHandler(NotYourProject.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notYours() {
        return "accompaniment/coaching/not-yours";
    }

    /** An address whose id is not an id («/projects/abc/coaching»): nothing there. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void badId(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private static CoachingSession sessionOf(ProjectCoaching project, UUID sessionId, MemberId actingFor) {
        CoachingSession session = project.sessions().stream()
                .filter(candidate -> candidate.getId().value().equals(sessionId)).findFirst()
                .orElseThrow(() -> new CoachingNotFound(sessionId));
        if (actingFor != null && !actingFor.equals(session.getMemberId())) {
            throw new NotYourProject(project.projectId());
        }
        return session;
    }

    private static SessionDetails details(SessionForm form) {
        return new SessionDetails(form.getHeldOn(), form.hoursTyped(), form.getCoachName(), form.getTopics(),
                form.getNotes(), form.getNextSteps());
    }

    private static SessionForm formOf(CoachingSession session) {
        SessionDetails details = session.getDetails();
        SessionForm form = new SessionForm();
        form.setHeldOn(details.heldOn());
        String hours = details.hours().stripTrailingZeros().toPlainString();
        form.setHours(Locale.FRENCH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage())
                ? hours.replace('.', ',') : hours);
        form.setCoachName(details.coachName());
        form.setTopics(details.topics());
        form.setNotes(details.notes());
        form.setNextSteps(details.nextSteps());
        form.setVersion(session.getVersion());
        return form;
    }

    /**
     * The structure a representative speaks for, or null for a coordinator. Someone signed in who is neither (no
     * structure on their account) is refused rather than given a coordinator's reach.
     */
    private static MemberId actingFor(Authentication authentication) {
        if (SignedInPerson.isCoordinator(authentication)) {
            return null;
        }
        return SignedInPerson.representedMember(authentication)
                .orElseThrow(() -> new AccessDeniedException("neither a coordinator nor a member's representative"));
    }
}
