package fr.ploucs.cooperation.shell.adapter.in.web;

import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.cooperation.members.application.port.in.MemberListQuery;
import fr.ploucs.cooperation.mutualisation.application.port.in.FindSharedResourcesQuery;
import fr.ploucs.cooperation.funding.application.port.in.GrantsUseCase;
import fr.ploucs.sharedkernel.HomePanel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What needs a coordinator's attention in the network, on the home page. */
@Configuration(proxyBeanMethods = false)
class CooperationHomePanel {

    private static final int UPCOMING_BOOKINGS = 100;

    @Bean
    HomePanel toFollowUp(MemberListQuery members, DuesOverviewQuery dues, GrantsUseCase grants,
                         EngagementQuery engagement, FindSharedResourcesQuery resources, Clock clock) {
        return new HomePanel("cooperation/home :: panel", 10, "COORDINATOR", () -> {
            int year = LocalDate.now(clock).getYear();
            GrantsUseCase.ReportsDue reports = grants.reportsDue();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("year", year);
            data.put("members", members.countCurrentMembers());
            data.put("unpaidDues", dues.unpaidCount(year));
            data.put("overdueReports", reports.overdue().size());
            data.put("reportsDueSoon", reports.upcoming().size());
            data.put("reportDays", reports.withinDays());
            data.put("toReengage", engagement.countMembersToReengage());
            data.put("upcomingBookings", resources.upcomingBookings(null, UPCOMING_BOOKINGS).size());
            return data;
        });
    }
}
