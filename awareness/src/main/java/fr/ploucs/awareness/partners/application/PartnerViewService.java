package fr.ploucs.awareness.partners.application;

import fr.ploucs.awareness.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.awareness.partners.application.port.in.PartnerSummary;
import fr.ploucs.awareness.partners.application.port.in.TrackPartnersUseCase;
import fr.ploucs.awareness.partners.application.port.out.PartnerViewRepository;
import fr.ploucs.awareness.partners.domain.Partner;
import fr.ploucs.awareness.partners.domain.PartnerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The partners view: the newest description of each partner wins, whatever order the events come in. */
@Service
@Transactional
class PartnerViewService implements TrackPartnersUseCase, FindPartnersQuery {

    private final PartnerViewRepository repository;

    PartnerViewService(PartnerViewRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean detailsChanged(PartnerDetails details) {
        return repository.saveIfNewer(new Partner(new PartnerId(details.partnerId()), details.kind(),
                details.name(), blankToNull(details.communeCode()), blankToNull(details.epciCode()),
                details.occurredAt()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartnerSummary> partners() {
        return repository.all().stream().map(PartnerViewService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PartnerSummary> partner(PartnerId id) {
        return repository.find(id).map(PartnerViewService::summary);
    }

    private static PartnerSummary summary(Partner partner) {
        return new PartnerSummary(partner.id(), partner.kind(), partner.name(), partner.communeCode());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
