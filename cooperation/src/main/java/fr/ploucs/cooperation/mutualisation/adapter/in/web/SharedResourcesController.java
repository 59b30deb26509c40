package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.BookResource;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.ShareResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.ShareResourceUseCase.UpdateSharedResource;
import fr.ploucs.cooperation.mutualisation.application.port.in.SharedResourceNotFound;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.MemberEntry;
import fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.ResourceKind;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.FormView;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Mutualisation's resource pages: the catalogue, share and edit a resource, its page with its bookings, « Réserver ». */
@Controller
@RequestMapping("/cooperation/resources")
@PreAuthorize("hasRole('COORDINATOR')")
class SharedResourcesController {

    static final int UPCOMING_ON_RESOURCE_PAGE = 50;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ShareResourceUseCase sharing;
    private final BookResourceUseCase booking;
    private final FindSharedResourcesQuery resources;
    private final MemberDirectoryQuery members;
    private final MutualisationWebMapper mapper;
    private final Clock clock;

    SharedResourcesController(ShareResourceUseCase sharing, BookResourceUseCase booking,
                              FindSharedResourcesQuery resources, MemberDirectoryQuery members,
                              MutualisationWebMapper mapper, Clock clock) {
        this.sharing = sharing;
        this.booking = booking;
        this.resources = resources;
        this.members = members;
        this.mapper = mapper;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    @PreAuthorize("permitAll()")
    ResourceKind[] kinds() {
        return ResourceKind.values();
    }

    @GetMapping
    String list(@RequestParam(name = "kind", required = false) ResourceKind kind, Model model) {
        Map<MemberId, String> names = memberNames();
        model.addAttribute("kind", kind);
        model.addAttribute("resources", resources.list(kind).stream().map(r -> mapper.toView(r, names)).toList());
        return "cooperation/mutualisation/resources";
    }

    @GetMapping("/new")
    String newResource(Model model) {
        model.addAttribute("resource", new SharedResourceForm());
        return resourceForm(null, null, model);
    }

    @PostMapping
    String share(@Valid @ModelAttribute("resource") SharedResourceForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return resourceForm(null, null, model);
        }
        try {
            SharedResourceId id = sharing.share(new ShareResource(mapper.toDetails(form)));
            redirect.addFlashAttribute("confirmation", "resource.shared");
            return "redirect:/cooperation/resources/" + id;
        } catch (MutualisationRuleViolation e) {
            errors.rejectValue("ownerId", e.reason());
            return resourceForm(null, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        SharedResource resource = load(id);
        BookingForm form = new BookingForm();
        LocalDateTime nextHour = LocalDateTime.now(clock.withZone(BookingCalendar.PARIS))
                .truncatedTo(ChronoUnit.HOURS).plusHours(1);
        form.setStartsAt(nextHour);
        form.setEndsAt(nextHour.plusHours(2));
        model.addAttribute("booking", form);
        return resourcePage(resource, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        SharedResource resource = load(id);
        model.addAttribute("resource", mapper.toForm(resource));
        return resourceForm(id, resource.getDetails().owner(), model);
    }

    @PostMapping("/{id}")
    @FormView("cooperation/mutualisation/resource-form")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("resource") SharedResourceForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        String page = resourceForm(id, load(id).getDetails().owner(), model);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            sharing.update(new UpdateSharedResource(new SharedResourceId(id), form.getVersion(),
                    mapper.toDetails(form), form.isActive()));
        } catch (MutualisationRuleViolation e) {
            // The resource's rules are all about its owner.
            errors.rejectValue("ownerId", e.reason());
            return page;
        }
        redirect.addFlashAttribute("confirmation", "resource.updated");
        return "redirect:/cooperation/resources/" + id;
    }

    @PostMapping("/{id}/bookings")
    String book(@PathVariable UUID id, @Valid @ModelAttribute("booking") BookingForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        SharedResource resource = load(id);
        if (errors.hasErrors()) {
            return resourcePage(resource, model);
        }
        try {
            booking.book(new BookResource(resource.getId(), new MemberId(form.getMemberId()), mapper.toPeriod(form),
                    form.getPurpose()));
        } catch (ResourceAlreadyBooked e) {
            rejectOverlap(e, errors);
            return resourcePage(resource, model);
        } catch (MutualisationRuleViolation e) {
            rejectRule(e, errors);
            return resourcePage(resource, model);
        }
        redirect.addFlashAttribute("confirmation", "booking.recorded");
        return "redirect:/cooperation/resources/" + id;
    }

    private static void rejectOverlap(ResourceAlreadyBooked conflict, BindingResult errors) {
        if (conflict.conflicting().isPresent() && conflict.conflictingMemberName().isPresent()) {
            Booking existing = conflict.conflicting().get();
            errors.rejectValue("period", "booking.overlap.with", new Object[]{
                    conflict.conflictingMemberName().get(),
                    DATE_TIME.format(MutualisationWebMapper.paris(existing.getPeriod().startsAt())),
                    DATE_TIME.format(MutualisationWebMapper.paris(existing.getPeriod().endsAt()))}, null);
        } else {
            errors.rejectValue("period", "booking.overlap");
        }
    }

    private static void rejectRule(MutualisationRuleViolation violation, BindingResult errors) {
        switch (violation.reason()) {
            case "booking.rule.member-inactive" -> errors.rejectValue("memberId", violation.reason());
            case "booking.rule.purpose-required" -> errors.rejectValue("purpose", violation.reason());
            case "booking.rule.in-the-past", "booking.rule.end-before-start" ->
                    errors.rejectValue("period", violation.reason());
            default -> errors.reject(violation.reason());
        }
    }

    private String resourcePage(SharedResource resource, Model model) {
        Map<MemberId, String> names = memberNames();
        model.addAttribute("resource", mapper.toView(resource, names));
        model.addAttribute("upcoming", resources.upcomingBookings(resource.getId(), UPCOMING_ON_RESOURCE_PAGE)
                .stream().map(mapper::toView).toList());
        model.addAttribute("bookableMembers", activeMembers(null));
        return "cooperation/mutualisation/resource";
    }

    private String resourceForm(UUID id, MemberId currentOwner, Model model) {
        model.addAttribute("resourceId", id);
        model.addAttribute("owners", activeMembers(currentOwner));
        return "cooperation/mutualisation/resource-form";
    }

    /** Active members by name, plus the current owner when it has left (so its resource stays editable). */
    private List<MutualisationChoice> activeMembers(MemberId alsoInclude) {
        return members.everyMember().stream()
                .filter(m -> m.currentMember() || m.id().equals(alsoInclude))
                .map(m -> new MutualisationChoice(m.id().value(), m.name()))
                .toList();
    }

    private Map<MemberId, String> memberNames() {
        return members.everyMember().stream()
                .collect(Collectors.toMap(MemberEntry::id, MemberEntry::name, (a, b) -> a));
    }

    private SharedResource load(UUID id) {
        return resources.byId(new SharedResourceId(id))
                .orElseThrow(() -> new NotFound(id));
    }
}
