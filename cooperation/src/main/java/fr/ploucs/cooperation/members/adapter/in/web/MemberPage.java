package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.sharedkernel.NotFound;
import fr.ploucs.cooperation.members.application.port.in.FindMembersQuery;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageRenderer;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageSection;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The member's page: the member itself, then every feature's {@link MemberPageSection} (engagement, people, dues),
 * for the controllers that render it (the page itself, or a refused form of any feature).
 */
@Component
class MemberPage implements MemberPageRenderer {

    static final String VIEW = "cooperation/members/show";

    private final FindMembersQuery members;
    private final List<MemberPageSection> sections;
    private final MemberWebMapper mapper;
    private final Clock clock;

    MemberPage(FindMembersQuery members, List<MemberPageSection> sections, MemberWebMapper mapper, Clock clock) {
        this.members = members;
        this.sections = sections;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A representative sees their structure's page too, without the coordinators' forms. */
    private static boolean isCoordinator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_COORDINATOR".equals(authority.getAuthority()));
    }

    Member load(UUID id) {
        return members.byId(new MemberId(id)).orElseThrow(() -> new NotFound(id));
    }

    @Override
    public void requireMember(UUID id) {
        load(id);
    }

    @Override
    public String render(UUID id, Integer year, Model model) {
        Member member = load(id);
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("member", mapper.toView(member));
        model.addAttribute("canEdit", isCoordinator());
        for (MemberPageSection section : sections) {
            section.addTo(member.getId(), shownYear, model);
        }
        return VIEW;
    }
}
