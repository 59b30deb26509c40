package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.SharedResourceId;

public class SharedResourceNotFound extends RuntimeException {

    public SharedResourceNotFound(SharedResourceId id) {
        super("no shared resource " + id);
    }
}
