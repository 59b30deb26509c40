package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageSection;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Clock;
import java.time.LocalDate;

/** The member's dues of the current year (whatever year the page shows). */
@Component
class DuesMemberSection implements MemberPageSection {

    private final DuesOverviewQuery dues;
    private final Clock clock;

    DuesMemberSection(DuesOverviewQuery dues, Clock clock) {
        this.dues = dues;
        this.clock = clock;
    }

    @Override
    public void addTo(MemberId member, int year, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("duesYear", thisYear);
        model.addAttribute("dues", dues.duesOf(member, thisYear).orElse(null));
    }
}
