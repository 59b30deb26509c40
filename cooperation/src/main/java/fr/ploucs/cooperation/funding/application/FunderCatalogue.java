package fr.ploucs.cooperation.funding.application;

import fr.ploucs.cooperation.funding.application.port.in.FundersUseCase;
import fr.ploucs.cooperation.funding.application.port.in.FundingNotFound;
import fr.ploucs.cooperation.funding.application.port.out.FunderRepository;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional
class FunderCatalogue implements FundersUseCase {

    private final FunderRepository funders;

    FunderCatalogue(FunderRepository funders) {
        this.funders = funders;
    }

    @Override
    public FunderId record(FunderDetails details) {
        return funders.save(Funder.record(FunderId.newId(), details)).getId();
    }

    @Override
    public void update(FunderId id, Long expectedVersion, FunderDetails details) {
        Funder funder = funders.findById(id).orElseThrow(() -> new FundingNotFound(id));
        if (funder.changedSince(expectedVersion)) {
            throw new FundingChangedMeanwhile(id);
        }
        funder.update(details);
        funders.save(funder);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Funder> byId(FunderId id) {
        return funders.findById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Funder> all() {
        return funders.findAllByName();
    }
}
