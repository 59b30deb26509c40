package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.engagement.application.port.in.EngagementQuery;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.cooperation.people.application.port.in.PeopleQuery;
import fr.ploucs.sharedkernel.territory.Commune;
import fr.ploucs.cooperation.engagement.domain.YearContribution;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

/** What the member page's mocked queries answer by default in web slice tests: a member with nothing recorded yet. */
public final class MemberPageStubs {

    private MemberPageStubs() {
    }

    public static void nothingRecordedYet(EngagementQuery engagement, PeopleQuery people) {
        when(engagement.contributionOf(any(), anyInt())).thenReturn(new YearContribution(2026, List.of()));
        when(people.peopleOf(any())).thenReturn(PeopleQuery.People.none());
    }

    /** Every commune typed in these tests is one the reference knows. */
    public static void everyCommuneKnown(FindTerritoryQuery territory) {
        when(territory.resolveCommune(any())).thenAnswer(typed -> FindTerritoryQuery.Resolution.of(
                new Commune("40000", ((String) typed.getArgument(0)).strip(), List.of("40000"), "40", null, 1000)));
    }
}
