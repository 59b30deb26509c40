package fr.ploucs.notification;

import fr.ploucs.security.EmailRecipient;
import fr.ploucs.security.UserAccountService;
import fr.ploucs.sharedkernel.PloucsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Every event also reaches, by e-mail, the coordinators who asked for it in « Mon compte ». Each person gets each
 * notification once: a redelivered event finds it already sent. A refused e-mail is logged and left out rather
 * than holding back the others.
 */
@Component
class NotificationEmails {

    private static final Logger log = LoggerFactory.getLogger(NotificationEmails.class);
    private static final Locale FRENCH = Locale.FRENCH;

    private final NotificationCentre centre;
    private final UserAccountService accounts;
    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    NotificationEmails(NotificationCentre centre, UserAccountService accounts, ObjectProvider<JavaMailSender> senders,
                       MessageSource messages, @Value("${ploucs.mail.from}") String from,
                       @Value("${ploucs.base-url}") String baseUrl) {
        this.centre = centre;
        this.accounts = accounts;
        this.senders = senders;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(id = "platform.notifications.email")
    void on(PloucsEvent event) {
        List<EmailRecipient> recipients = accounts.coordinatorsWantingEmail();
        JavaMailSender sender = senders.getIfAvailable();
        if (recipients.isEmpty() || sender == null) {
            return;
        }
        UUID notification = centre.record(event);
        String text = messages.getMessage("notification." + event.getClass().getSimpleName(),
                event.notificationArguments().toArray(), event.getClass().getSimpleName(), FRENCH);
        for (EmailRecipient recipient : recipients) {
            if (!centre.markEmailed(notification, recipient.userId())) {
                continue;
            }
            try {
                sender.send(mail(recipient, text));
            } catch (MailException e) {
                centre.unmarkEmailed(notification, recipient.userId());
                // No address in the log (personal data): the account's id, and the server's answer without addresses.
                log.warn("Notification e-mail to account {} not sent: {}", recipient.userId(),
                        String.valueOf(e.getMessage()).replaceAll("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+", "<address>"));
            }
        }
    }

    private SimpleMailMessage mail(EmailRecipient recipient, String text) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(messages.getMessage("notification.email.subject", new Object[]{text}, FRENCH));
        mail.setText(messages.getMessage("notification.email.body",
                new Object[]{recipient.displayName(), text, baseUrl}, FRENCH));
        return mail;
    }
}
