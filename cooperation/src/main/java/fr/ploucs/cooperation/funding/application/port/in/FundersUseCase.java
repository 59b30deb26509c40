package fr.ploucs.cooperation.funding.application.port.in;

import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;

import java.util.List;
import java.util.Optional;

/** The funders the network knows (« financeurs »). */
public interface FundersUseCase {

    FunderId record(FunderDetails details);

    /** @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile when saved since {@code expectedVersion} */
    void update(FunderId id, Long expectedVersion, FunderDetails details);

    Optional<Funder> byId(FunderId id);

    /** Every funder, by name. */
    List<Funder> all();
}
