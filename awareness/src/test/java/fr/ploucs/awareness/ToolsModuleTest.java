package fr.ploucs.awareness;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.tools.application.port.in.FindToolsQuery;
import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase.Lend;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.awareness.tools.domain.ToolRuleViolation;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.MemberJoined;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A copy lent to a member's person is their responsibility until given back. */
@ApplicationModuleTest
class ToolsModuleTest {

    @Autowired
    private ToolsUseCase tools;

    @Autowired
    private FindToolsQuery findTools;

    @Autowired
    private ListFacilitatingMembersUseCase members;

    @Autowired
    private Clock clock;

    @Test
    void lending_a_copy_assigns_a_responsibility_and_giving_it_back_ends_it(Scenario scenario) {
        MemberId atelier = MemberId.newId();
        scenario.publish(new MemberJoined(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MICROS)
                        .minus(1, ChronoUnit.HOURS), atelier, "L’Atelier", "Morcenx-la-Nouvelle",
                        LocalDate.of(2024, 3, 12)))
                .andWaitForStateChange(() -> members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                        .map(FacilitatingMemberSummary::memberId).filter(atelier::equals).findFirst());
        ToolId game = tools.addTool("Jeu de rôle de l’ESS " + UUID.randomUUID(), "Le jeu créé par les membres");
        CopyId box = tools.addCopy(game, "Boîte n° 1");
        tools.addCopy(game, "Boîte n° 2");

        scenario.stimulate(() -> tools.lend(new Lend(box, atelier, "Camille Dupin", "camille@atelier.fr", today())))
                .andWaitForEventOfType(ResponsibilityAssigned.class)
                .matching(event -> event.memberId().equals(atelier))
                .toArriveAndVerify(event -> assertThat(event.description()).contains("Boîte n° 1"));
        assertThat(findTools.catalogue()).filteredOn(overview -> overview.tool().id().equals(game))
                .extracting(ToolOverview::copies, ToolOverview::available)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, 1L));
        assertThat(findTools.lentTo(atelier)).extracting(copy -> copy.id()).containsExactly(box);
        assertThatThrownBy(() -> tools.lend(new Lend(box, atelier, "Sacha", "sacha@atelier.fr", today())))
                .isInstanceOf(ToolRuleViolation.class).hasMessage("awareness.tool.copy.already-lent");

        scenario.stimulate(() -> tools.giveBack(box, today()))
                .andWaitForEventOfType(ResponsibilityEnded.class)
                .toArriveAndVerify(event -> assertThat(event.description()).contains("Boîte n° 1"));
        assertThat(findTools.lentTo(atelier)).isEmpty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
