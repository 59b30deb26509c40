package fr.ploucs.awareness.facilitators.adapter.in.web;

import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Structures animatrices »: which members can facilitate awareness sessions, and which no longer can since they left. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FacilitatingMembersController {

    static final String PATH = "/awareness/members";

    private final ListFacilitatingMembersUseCase listFacilitatingMembers;

    FacilitatingMembersController(ListFacilitatingMembersUseCase listFacilitatingMembers) {
        this.listFacilitatingMembers = listFacilitatingMembers;
    }

    @GetMapping(PATH)
    public String members(Model model) {
        model.addAttribute("members", listFacilitatingMembers.list(ListFacilitatingMembersQuery.everyone()).stream()
                .map(FacilitatingMemberLine::of)
                .toList());
        return "awareness/members";
    }
}
