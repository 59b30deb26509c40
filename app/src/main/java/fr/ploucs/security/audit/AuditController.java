package fr.ploucs.security.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, for coordinators, newest first, a page at a time. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE = 1_000_000;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(name = "page", required = false) String page, Model model) {
        model.addAttribute("audit", audit.page(pageNumber(page), PAGE_SIZE));
        return "security/audit";
    }

    /** Pages are numbered from 1 in the address; anything else shows the first. */
    private static int pageNumber(String page) {
        try {
            int number = Integer.parseInt(page == null ? "1" : page.strip());
            return Math.min(MAX_PAGE, Math.max(1, number)) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
