package fr.ploucs.cooperation.engagement.adapter.in.web;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageSection;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** The member's contribution of the year shown, and the form to log hours by hand. */
@Component
class EngagementMemberSection implements MemberPageSection {

    private final EngagementQuery engagement;
    private final Clock clock;

    EngagementMemberSection(EngagementQuery engagement, Clock clock) {
        this.engagement = engagement;
        this.clock = clock;
    }

    @Override
    public void addTo(MemberId member, int year, Model model) {
        model.addAttribute("contribution", engagement.contributionOf(member, year));
        model.addAttribute("engagementSources",
                Arrays.stream(EngagementSource.values()).filter(EngagementSource::loggedByHand).toList());
        if (!model.containsAttribute("engagement")) {
            EngagementForm form = new EngagementForm();
            form.setDate(LocalDate.now(clock));
            model.addAttribute("engagement", form);
        }
    }
}
