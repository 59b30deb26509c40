package fr.ploucs.cooperation.dues.application.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sends the dues reminder e-mail to a member's representative. */
public interface ReminderMailer {

    /** @throws MailNotSent when the mail server refused the message or did not answer */
    void send(DuesReminderMail mail);

    /**
     * @param generalAssemblyOn null while the general assembly has no date
     */
    record DuesReminderMail(String recipientName, String recipientEmail, String memberName, int year, BigDecimal due,
                            BigDecimal paid, BigDecimal remaining, LocalDate generalAssemblyOn) {
    }

    class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
