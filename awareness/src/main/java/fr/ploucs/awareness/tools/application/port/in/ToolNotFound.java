package fr.ploucs.awareness.tools.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

public class ToolNotFound extends NotFound {

    public ToolNotFound(Object id) {
        super("no educational tool or copy", id);
    }
}
