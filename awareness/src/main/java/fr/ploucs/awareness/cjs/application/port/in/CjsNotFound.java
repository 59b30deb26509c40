package fr.ploucs.awareness.cjs.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

public class CjsNotFound extends NotFound {

    public CjsNotFound(Object id) {
        super("no CJS edition, cooperant or sale", id);
    }
}
