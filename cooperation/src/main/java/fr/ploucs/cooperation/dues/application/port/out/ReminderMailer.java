package fr.ploucs.cooperation.dues.application.port.out;

import fr.ploucs.sharedkernel.Money;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** Sends the dues reminder e-mail to a member's representative. */
public interface ReminderMailer {

    /**
     * @throws MailNotSent when the mail server refused the message or did not answer; its message names no e-mail
     *                     address, so that it can be logged
     */
    void send(DuesReminderMail mail);

    /**
     * @param generalAssemblyOn null while the general assembly has no date
     * @param language          the recipient's language: French, as long as representatives cannot choose theirs
     */
    record DuesReminderMail(String recipientName, String recipientEmail, String memberName, int year, Money due,
                            Money paid, Money remaining, LocalDate generalAssemblyOn, Locale language) {

        public static final Locale FRENCH = Locale.FRANCE;

        public DuesReminderMail {
            Objects.requireNonNull(language);
        }

        public DuesReminderMail(String recipientName, String recipientEmail, String memberName, int year,
                                Money due, Money paid, Money remaining, LocalDate generalAssemblyOn) {
            this(recipientName, recipientEmail, memberName, year, due, paid, remaining, generalAssemblyOn, FRENCH);
        }
    }

    class MailNotSent extends RuntimeException {
        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
