package fr.ploucs.awareness.sessions.adapter.out.persistence;

import fr.ploucs.awareness.sessions.domain.AudienceType;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.AwarenessSession.Evaluation;
import fr.ploucs.awareness.sessions.domain.Facilitation;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(SessionPersistenceAdapter.class)
class SessionPersistenceAdapterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    private SessionPersistenceAdapter adapter;

    private final MemberId atelier = MemberId.newId();
    private final MemberId ressourcerie = MemberId.newId();
    private Requester lycee;

    @BeforeEach
    void aRequester() {
        lycee = adapter.save(new Requester(RequesterId.newId(), "Lycée de Morcenx", RequesterKind.SCHOOL,
                "cpe@lycee.fr"));
    }

    @Test
    void a_session_is_stored_and_read_back_whole_through_its_steps() {
        AwarenessSession session = adapter.save(request());
        assertThat(session.getVersion()).isZero();
        assertThat(adapter.findRequester(lycee.id())).contains(lycee);

        session.schedule(TODAY.plusDays(2), List.of(facilitation(atelier, "Camille", "2.5"),
                facilitation(ressourcerie, "Lou", "3")), TODAY);
        session = adapter.save(session);
        assertThat(session.getVersion()).isEqualTo(1L);
        session.deliver(27, "Jeu de rôle de l’ESS", TODAY.plusDays(2));
        session.evaluate(new Evaluation("Très concret", null));
        AwarenessSession stored = adapter.save(session);

        AwarenessSession read = adapter.find(stored.getId()).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(SessionStatus.EVALUATED);
        assertThat(read.getAudiences()).containsExactlyInAnyOrder(AudienceType.YOUTH, AudienceType.TEACHERS);
        assertThat(read.getCommuneCode()).isEqualTo("40197");
        assertThat(read.getActualParticipants()).isEqualTo(27);
        assertThat(read.getToolUsed()).isEqualTo("Jeu de rôle de l’ESS");
        assertThat(read.getEvaluation()).isEqualTo(new Evaluation("Très concret", null));
        assertThat(read.getFacilitations()).extracting(Facilitation::personName).containsExactly("Camille", "Lou");
        assertThat(read.getFacilitations().get(0).hours()).isEqualTo(new BigDecimal("2.50"));
        assertThat(read.getVersion()).isEqualTo(2L);
    }

    @Test
    void saving_a_session_changed_meanwhile_fails() {
        AwarenessSession session = adapter.save(request());
        AwarenessSession other = adapter.find(session.getId()).orElseThrow();
        session.cancel("Grève");
        adapter.save(session);

        other.cancel("Autre raison");
        assertThatThrownBy(() -> adapter.save(other)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_member_sees_the_sessions_it_facilitates_and_those_to_flag_when_it_leaves() {
        AwarenessSession mine = request();
        mine.schedule(TODAY.plusDays(2), List.of(facilitation(atelier, "Camille", "2")), TODAY);
        mine = adapter.save(mine);
        AwarenessSession delivered = request();
        delivered.schedule(TODAY, List.of(facilitation(atelier, "Sacha", "2")), TODAY);
        delivered.deliver(12, null, TODAY);
        delivered = adapter.save(delivered);
        AwarenessSession theirs = request();
        theirs.schedule(TODAY.plusDays(2), List.of(facilitation(ressourcerie, "Lou", "2")), TODAY);
        theirs = adapter.save(theirs);

        assertThat(adapter.facilitatedBy(atelier)).extracting(AwarenessSession::getId)
                .containsExactlyInAnyOrder(mine.getId(), delivered.getId());
        assertThat(adapter.lockScheduledFacilitatedBy(atelier)).extracting(AwarenessSession::getId)
                .containsExactly(mine.getId());

        mine.memberLeft(atelier);
        adapter.save(mine);
        assertThat(adapter.needingFacilitator()).extracting(AwarenessSession::getId).contains(mine.getId())
                .doesNotContain(theirs.getId());
    }

    private AwarenessSession request() {
        return AwarenessSession.request(SessionId.newId(), lycee.id(), "L’ESS au lycée", TODAY.plusDays(1), "40197",
                Set.of(AudienceType.YOUTH, AudienceType.TEACHERS), 30, TODAY);
    }

    private static Facilitation facilitation(MemberId member, String person, String hours) {
        return new Facilitation(UUID.randomUUID(), member, "Structure", person,
                person.toLowerCase() + "@exemple.fr", new BigDecimal(hours));
    }
}
