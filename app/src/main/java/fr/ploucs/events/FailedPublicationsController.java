package fr.ploucs.events;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/** The event publications still failing, for coordinators, who can resubmit one or all of them. */
@Controller
@RequestMapping("/admin/events")
@PreAuthorize("hasRole('COORDINATOR')")
class FailedPublicationsController {

    static final int PAGE_SIZE = 50;

    private final FailedPublications publications;

    FailedPublicationsController(FailedPublications publications) {
        this.publications = publications;
    }

    @GetMapping
    String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        long total = publications.count();
        int lastPage = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), lastPage);
        model.addAttribute("publications", publications.page(shown, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("lastPage", lastPage);
        return "events/failed";
    }

    @PostMapping("/{id}/resubmit")
    String resubmit(@PathVariable UUID id, RedirectAttributes redirect) {
        publications.resubmit(id);
        redirect.addFlashAttribute("confirmation", "events.failed.resubmitted");
        return "redirect:/admin/events";
    }

    @PostMapping("/resubmit")
    String resubmitAll(RedirectAttributes redirect) {
        publications.resubmitAll();
        redirect.addFlashAttribute("confirmation", "events.failed.all-resubmitted");
        return "redirect:/admin/events";
    }
}
