package fr.ploucs.awareness;

import fr.ploucs.awareness.calls.application.port.in.OpenCallSummary;
import fr.ploucs.awareness.calls.application.port.in.OpenCallsUseCase;
import fr.ploucs.awareness.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.awareness.partners.application.port.in.PartnerSummary;
import fr.ploucs.awareness.partners.domain.PartnerId;
import fr.ploucs.awareness.sessions.application.port.in.FindSessionsQuery;
import fr.ploucs.awareness.sessions.application.port.in.PartnerRequestersUseCase;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakerSummary;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import fr.ploucs.sharedkernel.events.CohortOpened;
import fr.ploucs.sharedkernel.events.PartnerDetailsChanged;
import fr.ploucs.sharedkernel.events.ProjectGraduated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Awareness reacting to the other pillars: cooperation's partners (the view the requesters are picked from),
 * accompaniment's open calls and graduated projects. Every listener is idempotent: the same event twice changes
 * nothing, and an older partner change arriving late is ignored.
 */
@ApplicationModuleTest
class AwarenessReactionsModuleTest {

    @Autowired
    private FindPartnersQuery partners;
    @Autowired
    private PartnerRequestersUseCase requesters;
    @Autowired
    private FindSessionsQuery sessions;
    @Autowired
    private OpenCallsUseCase calls;
    @Autowired
    private SpeakersUseCase speakers;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void the_newest_partner_details_win_whatever_the_order_and_the_redeliveries(Scenario scenario) {
        UUID partner = UUID.randomUUID();
        PartnerDetailsChanged newer = new PartnerDetailsChanged(UUID.randomUUID(), now, partner, "SCHOOL",
                "Lycée Jean Rostand", "40197", null);
        PartnerDetailsChanged older = new PartnerDetailsChanged(UUID.randomUUID(), now.minusSeconds(60), partner,
                "SCHOOL", "Lycée de Morcenx", "40197", null);

        scenario.publish(newer).andWaitForStateChange(() -> named(partner, "Lycée Jean Rostand"));
        Map<String, Object> row = partnerRow(partner);

        scenario.publish(older).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(partnerRow(partner)).isEqualTo(row));
        scenario.publish(newer).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(partnerRow(partner)).isEqualTo(row));

        scenario.publish(new PartnerDetailsChanged(UUID.randomUUID(), now.plusSeconds(60), partner, "SCHOOL",
                        "Cité scolaire Jean Rostand", "40197", null))
                .andWaitForStateChange(() -> named(partner, "Cité scolaire Jean Rostand"));
    }

    @Test
    void a_partner_becomes_a_requester_once_and_follows_its_name(Scenario scenario) {
        UUID partner = UUID.randomUUID();
        scenario.publish(new PartnerDetailsChanged(UUID.randomUUID(), now, partner, "COMMUNE", "Mairie d’Arjuzanx",
                "40011", null)).andWaitForStateChange(() -> named(partner, "Mairie d’Arjuzanx"));

        RequesterId first = requesters.requesterFor(new PartnerId(partner));
        assertThat(requesters.requesterFor(new PartnerId(partner))).isEqualTo(first);
        assertThat(sessions.requesters()).filteredOn(requester -> requester.id().equals(first))
                .extracting(Requester::name, Requester::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mairie d’Arjuzanx", RequesterKind.LOCAL_AUTHORITY));

        scenario.publish(new PartnerDetailsChanged(UUID.randomUUID(), now.plusSeconds(5), partner, "COMMUNE",
                "Commune d’Arjuzanx", "40011", null)).andWaitForStateChange(() -> named(partner, "Commune d’Arjuzanx"));
        assertThat(requesters.requesterFor(new PartnerId(partner))).isEqualTo(first);
        assertThat(sessions.requesters()).filteredOn(requester -> requester.id().equals(first))
                .extracting(Requester::name).containsExactly("Commune d’Arjuzanx");
    }

    @Test
    void an_open_call_is_kept_once_whatever_the_redeliveries(Scenario scenario) {
        LocalDate today = LocalDate.now(clock);
        UUID cohort = UUID.randomUUID();
        CohortOpened opened = new CohortOpened(UUID.randomUUID(), now, cohort, "Incubateur rural",
                "Promotion " + cohort, today.minusDays(1), today.plusDays(20), 8);

        scenario.publish(opened).andWaitForStateChange(() -> call(cohort));
        scenario.publish(opened).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(jdbc.sql("select count(*) from awareness.open_call where cohort_id = ?")
                        .param(cohort).query(Long.class).single()).isEqualTo(1L));

        assertThat(calls.stillOpenOn(today.plusDays(20))).extracting(OpenCallSummary::cohortName)
                .contains("Promotion " + cohort);
        assertThat(calls.stillOpenOn(today.plusDays(21))).extracting(OpenCallSummary::cohortName)
                .doesNotContain("Promotion " + cohort);
    }

    @Test
    void a_graduated_project_joins_the_speakers_pool_once(Scenario scenario) {
        UUID project = UUID.randomUUID();
        ProjectGraduated graduated = new ProjectGraduated(UUID.randomUUID(), now, project, "Épicerie mobile", true,
                "SCIC L’Épicerie qui roule", "SCIC", 3, "40197", LocalDate.now(clock));

        scenario.publish(graduated).andWaitForStateChange(() -> speakers.speaker(new SpeakerId(project)));
        scenario.publish(graduated).andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(speakers.speakers()).filteredOn(s -> s.id().value().equals(project))
                        .extracting(SpeakerSummary::name).containsExactly("SCIC L’Épicerie qui roule"));
    }

    @Test
    void a_project_that_stopped_on_the_way_is_no_speaker(Scenario scenario) {
        UUID project = UUID.randomUUID();
        scenario.publish(new ProjectGraduated(UUID.randomUUID(), now, project, "Tiers-lieu", false, null, null, 0,
                        null, LocalDate.now(clock)))
                .andWaitForStateChange(this::noPublicationPending, Boolean::booleanValue)
                .andVerify(done -> assertThat(speakers.speaker(new SpeakerId(project))).isEmpty());
    }

    private Optional<PartnerSummary> named(UUID partner, String name) {
        return partners.partner(new PartnerId(partner)).filter(found -> found.name().equals(name));
    }

    private Optional<OpenCallSummary> call(UUID cohort) {
        return calls.stillOpenOn(LocalDate.now(clock)).stream()
                .filter(call -> call.cohortName().equals("Promotion " + cohort)).findFirst();
    }

    private Map<String, Object> partnerRow(UUID partner) {
        return jdbc.sql("select * from awareness.partner where id = ?").param(partner).query().singleRow();
    }

    private boolean noPublicationPending() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single() == 0;
    }
}
