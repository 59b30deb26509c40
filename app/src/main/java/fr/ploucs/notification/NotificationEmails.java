package fr.ploucs.notification;

import fr.ploucs.security.EmailRecipient;
import fr.ploucs.security.UserAccountService;
import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Every event also reaches, by e-mail, the coordinators who asked for it in « Mon compte ». The e-mails are not
 * sent here: they are written to the outbox in the listener's transaction ({@link MailOutbox}), which sends them
 * until the SMTP server accepts them. Each person gets each notification once: a redelivered event finds its
 * e-mails already queued.
 */
@Component
class NotificationEmails {

    private static final Locale FRENCH = Locale.FRENCH;

    private final NotificationCentre centre;
    private final UserAccountService accounts;
    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final MailOutbox outbox;
    private final String baseUrl;

    NotificationEmails(NotificationCentre centre, UserAccountService accounts, ObjectProvider<JavaMailSender> senders,
                       MessageSource messages, MailOutbox outbox, @Value("${ploucs.base-url}") String baseUrl) {
        this.centre = centre;
        this.accounts = accounts;
        this.senders = senders;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(id = "platform.notifications.email")
    void on(PloucsEvent event) {
        if (nobodyToMail()) {
            return;
        }
        UUID notification = centre.record(event);
        queue(notification, "notification." + event.getClass().getSimpleName(),
                event.notificationArguments().toArray(), event.getClass().getSimpleName());
    }

    /** Queues the e-mails of an inbox entry for every coordinator who asked for them. */
    @Transactional
    void queue(UUID notification, String messageKey, Object[] arguments, String defaultText) {
        List<EmailRecipient> recipients = accounts.coordinatorsWantingEmail();
        if (recipients.isEmpty() || senders.getIfAvailable() == null) {
            return;
        }
        String text = messages.getMessage(messageKey, arguments, defaultText, FRENCH);
        String subject = messages.getMessage("notification.email.subject", new Object[]{text}, FRENCH);
        for (EmailRecipient recipient : recipients) {
            outbox.queue(notification, recipient.userId(), recipient.email(), subject, body(recipient, text));
        }
    }

    private boolean nobodyToMail() {
        return senders.getIfAvailable() == null || accounts.coordinatorsWantingEmail().isEmpty();
    }

    /** The text of a notification e-mail: the one place that builds it. */
    private String body(EmailRecipient recipient, String text) {
        return messages.getMessage("notification.email.body",
                new Object[]{recipient.displayName(), text, baseUrl}, FRENCH);
    }
}
