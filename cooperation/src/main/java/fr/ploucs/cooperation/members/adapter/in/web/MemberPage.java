package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.engagement.adapter.in.web.EngagementForm;
import fr.ploucs.cooperation.people.adapter.in.web.ContactForm;

import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.cooperation.people.domain.ContactRole;
import fr.ploucs.cooperation.engagement.domain.EngagementSource;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/** Everything the member's page shows, for the controllers that render it (the page itself, or a refused form). */
@Component
public class MemberPage {

    public static final String VIEW = "cooperation/members/show";

    private final FindMembersQuery members;
    private final EngagementQuery engagement;
    private final PeopleQuery people;
    private final DuesOverviewQuery dues;
    private final MemberWebMapper mapper;
    private final Clock clock;

    MemberPage(FindMembersQuery members, EngagementQuery engagement, PeopleQuery people, DuesOverviewQuery dues,
               MemberWebMapper mapper, Clock clock) {
        this.members = members;
        this.engagement = engagement;
        this.people = people;
        this.dues = dues;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A representative sees their structure's page too, without the coordinators' forms. */
    private static boolean isCoordinator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_COORDINATOR".equals(authority.getAuthority()));
    }

    public Member load(UUID id) {
        return members.byId(new MemberId(id)).orElseThrow(() -> new NotFound(id));
    }

    /** @param year the year of the contribution shown; null for the current year */
    public String render(UUID id, Integer year, Model model) {
        Member member = load(id);
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("member", mapper.toView(member));
        model.addAttribute("canEdit", isCoordinator());
        model.addAttribute("contribution", engagement.contributionOf(member.getId(), shownYear));
        model.addAttribute("people", people.peopleOf(member.getId()));
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("duesYear", thisYear);
        model.addAttribute("dues", dues.duesOf(member.getId(), thisYear).orElse(null));
        model.addAttribute("contactRoles", ContactRole.values());
        if (!model.containsAttribute("contact")) {
            model.addAttribute("contact", new ContactForm());
        }
        model.addAttribute("engagementSources",
                Arrays.stream(EngagementSource.values()).filter(EngagementSource::loggedByHand).toList());
        if (!model.containsAttribute("engagement")) {
            EngagementForm form = new EngagementForm();
            form.setDate(LocalDate.now(clock));
            model.addAttribute("engagement", form);
        }
        return VIEW;
    }
}
