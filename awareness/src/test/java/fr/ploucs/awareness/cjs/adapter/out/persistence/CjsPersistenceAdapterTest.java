package fr.ploucs.awareness.cjs.adapter.out.persistence;

import fr.ploucs.awareness.cjs.domain.Client;
import fr.ploucs.awareness.cjs.domain.CommitteeMember;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.Decision;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.Meeting;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.ImageRights;
import fr.ploucs.awareness.cjs.domain.ParentalAuthorisation;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CjsPersistenceAdapter.class)
class CjsPersistenceAdapterTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 6);

    @Autowired
    private CjsPersistenceAdapter adapter;

    @Test
    void an_edition_its_cooperants_papers_document_sales_and_hours_are_stored_and_summed() {
        Edition edition = new Edition(EditionId.newId(), "CJS Morcenx 2026", "40197", START, START.plusWeeks(7));
        adapter.insert(edition);
        Cooperant lina = Cooperant.enrol(CooperantId.newId(), edition, "Lina", "Benali", LocalDate.of(2009, 5, 1));
        Cooperant noe = Cooperant.enrol(CooperantId.newId(), edition, "Noé", "Castex", LocalDate.of(2008, 9, 1));
        adapter.save(lina);
        adapter.save(noe);
        Cooperant complete = lina.authorised(new ParentalAuthorisation("Nadia Benali", START, START.plusMonths(2)))
                .withImageRights(new ImageRights(true, START, START.plusMonths(2)));
        adapter.save(complete);
        SignedDocument document = SignedDocument.uploaded("autorisation.pdf",
                "%PDF-1.7 signée".getBytes(StandardCharsets.UTF_8));
        adapter.storeDocument(lina.id(), document);

        Sale garden = Sale.sold(SaleId.newId(), edition, "Mairie", "Désherbage", Money.of("120.50"), START);
        Sale wash = Sale.sold(SaleId.newId(), edition, "Garage", "Lavage", Money.euros(80), START.plusDays(1));
        adapter.insert(garden);
        adapter.insert(wash);
        adapter.addHours(garden.id(), lina.id(), new BigDecimal("3.5"));
        adapter.addHours(wash.id(), lina.id(), new BigDecimal("2"));

        assertThat(adapter.edition(edition.id())).contains(edition);
        assertThat(adapter.cooperantsOf(edition.id())).containsExactly(complete, noe);
        assertThat(adapter.lockCooperant(lina.id())).contains(complete);
        assertThat(adapter.document(lina.id())).contains(document);
        assertThat(adapter.document(noe.id())).isEmpty();
        assertThat(adapter.salesOf(edition.id())).containsExactly(garden, wash);
        assertThat(adapter.revenueOf(edition.id())).isEqualTo(Money.of("200.50"));
        assertThat(adapter.hoursPerCooperant(edition.id())).isEqualTo(Map.of(lina.id(), new BigDecimal("5.50"),
                noe.id(), new BigDecimal("0.00")));
    }

    @Test
    void the_facilitators_committee_clients_meetings_decisions_and_surplus_are_stored() {
        Edition edition = new Edition(EditionId.newId(), "CJS Pays Morcenais 2026", null, "244000675", START,
                START.plusWeeks(7));
        adapter.insert(edition);
        assertThat(adapter.lockEdition(edition.id())).contains(edition);
        Cooperant lina = Cooperant.enrol(CooperantId.newId(), edition, "Lina", "Benali", LocalDate.of(2009, 5, 1));
        Cooperant noe = Cooperant.enrol(CooperantId.newId(), edition, "Noé", "Castex", LocalDate.of(2008, 9, 1));
        adapter.save(lina);
        adapter.save(noe);
        assertThat(adapter.cooperant(noe.id())).contains(noe);

        Facilitator anne = new Facilitator(UUID.randomUUID(), edition.id(), MemberId.newId(), "L’Atelier", "Anne",
                "anne@atelier.fr");
        Facilitator paul = new Facilitator(UUID.randomUUID(), edition.id(), MemberId.newId(), null, "Paul",
                "paul@abeilles.fr");
        adapter.insert(anne);
        adapter.insert(paul);
        assertThat(adapter.facilitatorsOf(edition.id())).containsExactly(anne, paul);
        adapter.deleteFacilitator(anne.responsibilityId());
        assertThat(adapter.facilitatorsOf(edition.id())).containsExactly(paul);

        CommitteeMember maire = new CommitteeMember(UUID.randomUUID(), edition.id(), "Mme la maire", "Mairie",
                UUID.randomUUID());
        CommitteeMember banque = new CommitteeMember(UUID.randomUUID(), edition.id(), "Chargé ESS", null, null);
        adapter.insert(maire);
        adapter.insert(banque);
        assertThat(adapter.committeeOf(edition.id())).containsExactly(banque, maire);

        Client garage = new Client(UUID.randomUUID(), edition.id(), "Garage du centre", "05 58 00 00 00");
        adapter.insert(garage);
        assertThat(adapter.clientsOf(edition.id())).containsExactly(garage);

        Meeting launch = Meeting.held(UUID.randomUUID(), edition, START, "Assemblée de lancement");
        Meeting end = Meeting.held(UUID.randomUUID(), edition, START.plusWeeks(7), "Assemblée de clôture");
        adapter.insert(end);
        adapter.insert(launch);
        Decision prices = new Decision(UUID.randomUUID(), launch.id(), "Tarif horaire : 12 €");
        Decision name = new Decision(UUID.randomUUID(), launch.id(), "Nom : Coop’Ados");
        Decision share = new Decision(UUID.randomUUID(), end.id(), "Partage égal de l’excédent");
        adapter.insert(prices);
        adapter.insert(name);
        adapter.insert(share);
        assertThat(adapter.meeting(launch.id())).contains(launch);
        assertThat(adapter.meetingsOf(edition.id())).containsExactly(launch, end);
        assertThat(adapter.decisionsOf(edition.id())).containsExactly(prices, name, share);

        assertThat(adapter.surplusOf(edition.id())).isEmpty();
        SurplusShareOut first = new SurplusShareOut(edition.id(), Money.euros(300), List.of(
                new SurplusShareOut.Share(lina.id(), Money.euros(100)), new SurplusShareOut.Share(noe.id(),
                        Money.of("99.50"))));
        adapter.save(first);
        assertThat(adapter.surplusOf(edition.id())).contains(first);
        SurplusShareOut again = new SurplusShareOut(edition.id(), Money.euros(250), List.of(
                new SurplusShareOut.Share(noe.id(), Money.euros(250))));
        adapter.save(again);
        assertThat(adapter.surplusOf(edition.id())).contains(again);
    }
}
