package fr.ploucs.cooperation.mutualisation.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;

public class SharedResourceNotFound extends NotFound {

    public SharedResourceNotFound(SharedResourceId id) {
        super("no shared resource", id);
    }
}
