package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.awareness.cjs.application.port.in.CjsNotFound;

import java.util.UUID;

/** An id from an address: anything that is not one is a page that does not exist (404), never an error. */
final class CjsIds {

    private CjsIds() {
    }

    static UUID parse(String id) {
        try {
            if (id == null || id.length() != 36) {
                throw new CjsNotFound(id);
            }
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CjsNotFound(id);
        }
    }
}
