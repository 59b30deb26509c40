package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookResourceUseCase.CancelBooking;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingNotFound;
import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.MutualisationRuleViolation;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import org.springframework.format.annotation.DateTimeFormat;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The calendar of bookings (a week or a month, one resource or all), the upcoming ones, and cancelling one. */
@Controller
@RequestMapping("/cooperation/bookings")
@PreAuthorize("hasRole('COORDINATOR')")
class BookingsController {

    static final int UPCOMING_IN_CALENDAR = 20;

    private final BookResourceUseCase booking;
    private final FindSharedResourcesQuery resources;
    private final MutualisationWebMapper mapper;
    private final Clock clock;

    BookingsController(BookResourceUseCase booking, FindSharedResourcesQuery resources, MutualisationWebMapper mapper,
                       Clock clock) {
        this.booking = booking;
        this.resources = resources;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    String calendar(@RequestParam(name = "view", defaultValue = "week") String view,
                    @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(name = "resource", required = false) UUID resource, Model model) {
        BookingCalendar.Span span = switch (view) {
            case "week" -> BookingCalendar.Span.WEEK;
            case "month" -> BookingCalendar.Span.MONTH;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        LocalDate today = LocalDate.now(clock.withZone(BookingCalendar.PARIS));
        LocalDate anchor = date == null ? today : date;
        SharedResourceId resourceId = resource == null ? null : new SharedResourceId(resource);
        if (resourceId != null && resources.byId(resourceId).isEmpty()) {
            throw new NotFound(resource);
        }
        LocalDate[] grid = BookingCalendar.gridOf(span, anchor);
        List<BookingView> shown = resources.bookingsBetween(resourceId, BookingCalendar.startOf(grid[0]),
                BookingCalendar.startOf(grid[1].plusDays(1))).stream().map(mapper::toView).toList();
        model.addAttribute("calendar", BookingCalendar.of(span, anchor, today, shown));
        model.addAttribute("resource", resource);
        model.addAttribute("resources", resources.list(null).stream()
                .map(r -> new MutualisationChoice(r.getId().value(), r.getDetails().name()))
                .toList());
        model.addAttribute("upcoming", resources.upcomingBookings(resourceId, UPCOMING_IN_CALENDAR).stream()
                .map(mapper::toView).toList());
        return "cooperation/mutualisation/calendar";
    }

    @GetMapping("/{id}/cancel")
    String confirmCancellation(@PathVariable UUID id, Model model) {
        BookingView shown = load(id);
        BookingCancellationForm form = new BookingCancellationForm();
        form.setVersion(shown.version());
        model.addAttribute("cancellation", form);
        model.addAttribute("booking", shown);
        return "cooperation/mutualisation/cancel-booking";
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, @ModelAttribute("cancellation") BookingCancellationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BookingView shown = load(id);
        try {
            booking.cancel(new CancelBooking(new BookingId(id), form.getVersion()));
        } catch (MutualisationRuleViolation e) {
            errors.reject(e.reason());
        } catch (BookingChangedMeanwhile e) {
            errors.reject("booking.changed-meanwhile");
        }
        if (errors.hasErrors()) {
            model.addAttribute("booking", shown);
            return "cooperation/mutualisation/cancel-booking";
        }
        redirect.addFlashAttribute("confirmation", "booking.cancelled");
        return "redirect:/cooperation/resources/" + shown.resourceId();
    }

    private BookingView load(UUID id) {
        BookingOverview overview = resources.booking(new BookingId(id))
                .orElseThrow(() -> new NotFound(id));
        return mapper.toView(overview);
    }
}
