package fr.ploucs.sharedkernel;

import java.sql.SQLException;

/**
 * Reads a database failure for the one case a page must answer in words: two people saving the same unique thing
 * (a name, a SIRET) at the same moment, when the check before saving could not see the other. The persistence adapters
 * turn it into their feature's rule violation, next to the field.
 */
public final class UniqueConstraint {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraint() {
    }

    /** Whether {@code failure}, or one of its causes, is a duplicate of the unique index or key named {@code name}. */
    public static boolean violatedBy(Throwable failure, String name) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            boolean duplicate = cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    || cause.getClass().getSimpleName().equals("DuplicateKeyException");
            if (duplicate && String.valueOf(cause.getMessage()).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
