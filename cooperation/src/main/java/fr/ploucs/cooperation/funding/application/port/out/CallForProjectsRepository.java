package fr.ploucs.cooperation.funding.application.port.out;

import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;

import java.util.List;
import java.util.Optional;

public interface CallForProjectsRepository {

    Optional<CallForProjects> findById(CallForProjectsId id);

    /** Returns the call as stored, with its new version. @throws fr.ploucs.cooperation.funding.domain.FundingChangedMeanwhile */
    CallForProjects save(CallForProjects call);

    List<CallForProjects> findAll();
}
