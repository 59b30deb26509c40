package fr.ploucs.accompaniment.coaches.adapter.in.web;

import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersQuery;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Structures accompagnatrices »: which members can coach, and which no longer can since they left. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CoachingMembersController {

    static final String PATH = "/accompaniment/members";

    private final ListCoachingMembersUseCase listCoachingMembers;

    CoachingMembersController(ListCoachingMembersUseCase listCoachingMembers) {
        this.listCoachingMembers = listCoachingMembers;
    }

    @GetMapping(PATH)
    public String members(Model model) {
        model.addAttribute("members", listCoachingMembers.list(ListCoachingMembersQuery.everyone()).stream()
                .map(CoachingMemberLine::of)
                .toList());
        return "accompaniment/members";
    }
}
