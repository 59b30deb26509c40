package fr.ploucs.cooperation.shared.domain;

import java.math.BigDecimal;

/** Hours of one session (an exchange, a training, a coaching): what every feature that counts them accepts. */
public final class SessionHours {

    /** More than a full day and night of work for one session is surely a typing mistake. */
    public static final BigDecimal MAX = new BigDecimal("24");

    private SessionHours() {
    }
}
