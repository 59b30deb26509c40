package fr.ploucs.cooperation.application.port.out;

import fr.ploucs.cooperation.domain.Funder;
import fr.ploucs.cooperation.domain.FunderId;

import java.util.List;
import java.util.Optional;

public interface FunderRepository {

    Optional<Funder> findById(FunderId id);

    /** Returns the funder as stored, with its new version. @throws fr.ploucs.cooperation.domain.FundingChangedMeanwhile */
    Funder save(Funder funder);

    List<Funder> findAllByName();
}
