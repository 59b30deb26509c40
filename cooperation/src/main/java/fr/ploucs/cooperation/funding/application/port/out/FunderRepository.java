package fr.ploucs.cooperation.funding.application.port.out;

import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderId;

import java.util.List;
import java.util.Optional;

public interface FunderRepository {

    Optional<Funder> findById(FunderId id);

    /** Returns the funder as stored, with its new version. @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile */
    Funder save(Funder funder);

    List<Funder> findAllByName();
}
