package fr.ploucs.awareness;

import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.Enrol;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.FacilitatorChoice;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.OpenEdition;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordAuthorisation;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordImageRights;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.SetFacilitators;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery.CooperantStatus;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.Missing;
import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The CJS with the module running: the minors' gate against PostgreSQL, and the facilitators' responsibilities. */
@ApplicationModuleTest
class CjsModuleTest {

    @Autowired
    private CjsUseCase cjs;

    @Autowired
    private FindCjsQuery query;

    @Autowired
    private ListFacilitatingMembersUseCase members;

    @Autowired
    private Clock clock;

    private MemberId atelier;
    private EditionId edition;

    @BeforeEach
    void anEditionAndAFacilitatingMember(Scenario scenario) {
        atelier = MemberId.newId();
        scenario.publish(new MemberJoined(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS)
                        .minus(1, ChronoUnit.HOURS), atelier, "L’Atelier", "Morcenx-la-Nouvelle",
                        LocalDate.of(2024, 3, 12)))
                .andWaitForStateChange(() -> members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                        .map(FacilitatingMemberSummary::memberId).filter(atelier::equals).findFirst());
        edition = cjs.openEdition(new OpenEdition("CJS Morcenx", "40197", today(), today()));
    }

    @Test
    void a_seventeen_year_old_stays_inactive_until_the_authorisation_and_image_rights_are_recorded() {
        CooperantId lina = cjs.enrol(new Enrol(edition, "Lina", "Benali", today().minusYears(17)));
        assertThat(status(lina).active()).isFalse();
        assertThat(status(lina).missing()).containsExactly(Missing.PARENTAL_AUTHORISATION, Missing.IMAGE_RIGHTS);

        cjs.recordAuthorisation(new RecordAuthorisation(lina, "Nadia Benali", today(), today().plusMonths(2),
                "autorisation.pdf", "%PDF-1.7 signée".getBytes(StandardCharsets.UTF_8)));
        assertThat(status(lina).missing()).containsExactly(Missing.IMAGE_RIGHTS);

        cjs.recordImageRights(new RecordImageRights(lina, true, today(), today().plusMonths(2)));
        assertThat(status(lina).active()).isTrue();
        assertThat(status(lina).ageAtStart()).isEqualTo(17);
        assertThat(query.authorisationDocument(lina)).hasValueSatisfying(document ->
                assertThat(document.contentType()).isEqualTo("application/pdf"));
    }

    @Test
    void naming_a_facilitator_assigns_a_responsibility_and_replacing_them_ends_it(Scenario scenario) {
        scenario.stimulate(() -> cjs.setFacilitators(new SetFacilitators(edition, List.of(
                        new FacilitatorChoice(atelier, "Camille Dupin", "camille@atelier.fr")))))
                .andWaitForEventOfType(ResponsibilityAssigned.class)
                .matching(event -> event.memberId().equals(atelier))
                .toArriveAndVerify(event -> {
                    assertThat(event.personEmail()).isEqualTo("camille@atelier.fr");
                    assertThat(event.pillar()).isEqualTo("awareness");
                    assertThat(event.description()).isEqualTo("Animation de la CJS « CJS Morcenx »");
                });
        UUID camille = query.facilitators(edition).get(0).responsibilityId();

        scenario.stimulate(() -> cjs.setFacilitators(new SetFacilitators(edition, List.of(
                        new FacilitatorChoice(atelier, "Paul Martin", "paul@atelier.fr")))))
                .andWaitForEventOfType(ResponsibilityEnded.class)
                .matching(event -> event.responsibilityId().equals(camille))
                .toArrive();
        assertThat(query.facilitators(edition)).extracting(Facilitator::personName).containsExactly("Paul Martin");
    }

    private CooperantStatus status(CooperantId id) {
        return query.cooperant(id).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
