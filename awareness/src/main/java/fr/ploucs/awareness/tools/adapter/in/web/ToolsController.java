package fr.ploucs.awareness.tools.adapter.in.web;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.tools.application.port.in.FindToolsQuery;
import fr.ploucs.awareness.tools.application.port.in.ToolNotFound;
import fr.ploucs.awareness.tools.application.port.in.ToolUsesQuery;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase.Lend;
import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.sharedkernel.MemberId;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * « Outils pédagogiques »: the catalogue (the ESS role-play game first), a tool's page with its copies, who keeps
 * them (lend, give back) and the sessions it was used in.
 */
@Controller
@RequestMapping(ToolsController.PATH)
@PreAuthorize("hasRole('COORDINATOR')")
class ToolsController {

    static final String PATH = "/awareness/tools";

    private final ToolsUseCase tools;
    private final FindToolsQuery find;
    private final ToolUsesQuery uses;
    private final ListFacilitatingMembersUseCase members;
    private final Clock clock;

    ToolsController(ToolsUseCase tools, FindToolsQuery find, ToolUsesQuery uses,
                    ListFacilitatingMembersUseCase members, Clock clock) {
        this.tools = tools;
        this.find = find;
        this.uses = uses;
        this.members = members;
        this.clock = clock;
    }

    @GetMapping
    String catalogue(Model model) {
        model.addAttribute("tool", new ToolPageForm());
        return cataloguePage(model);
    }

    @PostMapping
    @FormView("awareness/tools/catalogue")
    String addTool(@ModelAttribute("tool") ToolPageForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        String page = cataloguePage(model);
        String name = form.getName() == null ? "" : form.getName().strip();
        boolean taken = find.catalogue().stream().anyMatch(tool -> tool.tool().name().equalsIgnoreCase(name));
        if (taken) {
            errors.rejectValue("name", "awareness.tool.name.taken");
            return page;
        }
        ToolId id = tools.addTool(form.getName(), form.getDescription());
        redirect.addFlashAttribute("confirmation", "awareness.tools.added");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    String tool(@PathVariable String id, Model model) {
        ToolOverview tool = load(id);
        return toolPage(tool, model);
    }

    @PostMapping("/{id}/copies")
    @FormView("awareness/tools/show")
    String addCopy(@PathVariable String id, @ModelAttribute("copy") ToolPageForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        ToolOverview tool = load(id);
        toolPage(tool, model);
        tools.addCopy(tool.tool().id(), form.getLabel());
        redirect.addFlashAttribute("confirmation", "awareness.tools.copy.added");
        return "redirect:" + PATH + "/" + tool.tool().id() + "#copies-title";
    }

    @PostMapping("/{id}/loans")
    @FormView("awareness/tools/show")
    String lend(@PathVariable String id, @ModelAttribute("loan") ToolPageForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        ToolOverview tool = load(id);
        String page = toolPage(tool, model);
        if (errors.hasErrors()) {
            return page;
        }
        CopyId copy = copyOf(tool, form.getCopyId());
        Optional<UUID> member = parseUuid(form.getMemberId());
        if (member.isEmpty()) {
            errors.rejectValue("memberId", "awareness.tool.loan.member.not-active");
            return page;
        }
        if (form.getLentOn() != null && form.getLentOn().getYear() < 2000) {
            errors.rejectValue("lentOn", "awareness.tools.date.range");
            return page;
        }
        tools.lend(new Lend(copy, new MemberId(member.get()), form.getPersonName(), form.getPersonEmail(),
                form.getLentOn()));
        redirect.addFlashAttribute("confirmation", "awareness.tools.lent");
        return "redirect:" + PATH + "/" + tool.tool().id() + "#copies-title";
    }

    @PostMapping("/{id}/returns")
    @FormView("awareness/tools/show")
    String giveBack(@PathVariable String id, @ModelAttribute("giveBack") ToolPageForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        ToolOverview tool = load(id);
        String page = toolPage(tool, model);
        if (errors.hasErrors()) {
            return page;
        }
        tools.giveBack(copyOf(tool, form.getCopyId()), form.getReturnedOn());
        redirect.addFlashAttribute("confirmation", "awareness.tools.returned");
        return "redirect:" + PATH + "/" + tool.tool().id() + "#copies-title";
    }

    private String cataloguePage(Model model) {
        model.addAttribute("catalogue", find.catalogue());
        return "awareness/tools/catalogue";
    }

    private String toolPage(ToolOverview tool, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("overview", tool);
        model.addAttribute("copies", find.copiesOf(tool.tool().id()));
        model.addAttribute("uses", uses.sessionsUsing(tool.tool().name()));
        model.addAttribute("members", members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                .filter(FacilitatingMemberSummary::active)
                .map(member -> Map.entry(member.memberId().toString(), member.name())).toList());
        model.addAttribute("today", today);
        if (!model.containsAttribute("copy")) {
            model.addAttribute("copy", new ToolPageForm());
        }
        if (!model.containsAttribute("loan")) {
            ToolPageForm loan = new ToolPageForm();
            loan.setLentOn(today);
            model.addAttribute("loan", loan);
        }
        if (!model.containsAttribute("giveBack")) {
            ToolPageForm back = new ToolPageForm();
            back.setReturnedOn(today);
            model.addAttribute("giveBack", back);
        }
        return "awareness/tools/show";
    }

    /** A copy of this tool; any other value is not found. */
    private CopyId copyOf(ToolOverview tool, String value) {
        return parseUuid(value).map(CopyId::new)
                .filter(copy -> find.copiesOf(tool.tool().id()).stream().map(Copy::id).anyMatch(copy::equals))
                .orElseThrow(() -> new ToolNotFound(value));
    }

    private ToolOverview load(String id) {
        Optional<ToolId> toolId = parseUuid(id).map(ToolId::new);
        return toolId.flatMap(wanted -> find.catalogue().stream()
                        .filter(overview -> overview.tool().id().equals(wanted)).findFirst())
                .orElseThrow(() -> new ToolNotFound(id));
    }

    private static Optional<UUID> parseUuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
