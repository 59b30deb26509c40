package fr.ploucs.awareness.cjs.application;

import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordAuthorisation;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordHours;
import fr.ploucs.awareness.cjs.application.port.out.CjsRepository;
import fr.ploucs.awareness.cjs.domain.CjsRuleViolation;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import org.springframework.context.ApplicationEventPublisher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CjsServiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 10);

    private final CjsRepository repository = mock(CjsRepository.class);
    private final CjsService service = new CjsService(repository, mock(FindTerritoryQuery.class),
            mock(ListFacilitatingMembersUseCase.class), mock(ApplicationEventPublisher.class),
            Clock.fixed(TODAY.atTime(9, 0).atZone(PARIS).toInstant(), PARIS));

    private final Edition edition = new Edition(EditionId.newId(), "CJS 2026", "40197", LocalDate.of(2026, 7, 6),
            LocalDate.of(2026, 8, 21));
    private final Cooperant cooperant = Cooperant.enrol(CooperantId.newId(), edition, "Lina", "Benali",
            LocalDate.of(2009, 5, 1));

    @Test
    void an_inactive_cooperant_gets_no_hours() {
        Sale sale = Sale.sold(SaleId.newId(), edition, "Mairie", "Désherbage", Money.euros(120), TODAY);
        when(repository.sale(sale.id())).thenReturn(Optional.of(sale));
        when(repository.lockCooperant(cooperant.id())).thenReturn(Optional.of(cooperant));

        assertThatThrownBy(() -> service.recordHours(new RecordHours(sale.id(), cooperant.id(), new BigDecimal("2"))))
                .isInstanceOf(CjsRuleViolation.class).hasMessage("awareness.cjs.hours.inactive");
        verify(repository, never()).addHours(any(), any(), any());
    }

    @Test
    void a_document_that_is_not_a_pdf_or_an_image_records_nothing() {
        when(repository.lockCooperant(cooperant.id())).thenReturn(Optional.of(cooperant));

        assertThatThrownBy(() -> service.recordAuthorisation(new RecordAuthorisation(cooperant.id(), "Nadia Benali",
                TODAY, TODAY.plusMonths(2), "autorisation.pdf", "<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CjsRuleViolation.class).hasMessage("awareness.cjs.document.type");
        verify(repository, never()).save(any(Cooperant.class));
        verify(repository, never()).storeDocument(any(), any(SignedDocument.class));
    }
}
