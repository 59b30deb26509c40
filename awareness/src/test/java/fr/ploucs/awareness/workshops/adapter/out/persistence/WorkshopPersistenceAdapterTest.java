package fr.ploucs.awareness.workshops.adapter.out.persistence;

import fr.ploucs.awareness.workshops.domain.Idea;
import fr.ploucs.awareness.workshops.domain.IdeaId;
import fr.ploucs.awareness.workshops.domain.Workshop;
import fr.ploucs.awareness.workshops.domain.WorkshopId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(WorkshopPersistenceAdapter.class)
class WorkshopPersistenceAdapterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    private WorkshopPersistenceAdapter adapter;

    @Test
    void a_workshop_and_its_ideas_are_stored_and_an_idea_follows_its_consent() {
        Workshop workshop = Workshop.record(WorkshopId.newId(), "Mobilité", TODAY, "40197", 18, TODAY);
        adapter.insert(workshop);
        Idea idea = Idea.note(IdeaId.newId(), workshop, "Un vélobus", "Pour aller au lycée", "Inès", null, null,
                TODAY);
        adapter.save(idea);

        assertThat(adapter.find(workshop.id())).contains(workshop);
        assertThat(adapter.ideasOf(workshop.id())).containsExactly(idea);

        Idea surfaced = idea.consent(workshop, "ines@exemple.fr", TODAY, TODAY).markSurfaced();
        adapter.save(surfaced);
        assertThat(adapter.lock(idea.id())).contains(surfaced);
    }
}
