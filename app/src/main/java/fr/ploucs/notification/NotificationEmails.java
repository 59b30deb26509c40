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
import org.springframework.transaction.annotation.Propagation;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every event also reaches, by e-mail, the coordinators who asked for it in « Mon compte ». Each person gets each
 * notification once: a redelivered event finds it already sent. The listener runs outside any transaction: each
 * e-mail is recorded (committed) before it is sent, so no SMTP conversation holds a transaction open. A refused
 * e-mail stays recorded as failed, is logged without the address, and does not hold back the others. The body is the
 * TEXT template {@code templates/notification/mail/notification.txt}, in the recipient's language (the one they used
 * PLOUCS in when they chose e-mails; French when not known).
 */
@Component
class NotificationEmails {

    static final String TEMPLATE = "notification/mail/notification";
    private static final Logger log = LoggerFactory.getLogger(NotificationEmails.class);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"'@,;:()\\[\\]]+");

    private final NotificationCentre centre;
    private final UserAccountService accounts;
    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String from;
    private final String baseUrl;

    NotificationEmails(NotificationCentre centre, UserAccountService accounts, ObjectProvider<JavaMailSender> senders,
                       MessageSource messages, ITemplateEngine templates, @Value("${ploucs.mail.from}") String from,
                       @Value("${ploucs.base-url}") String baseUrl) {
        this.centre = centre;
        this.accounts = accounts;
        this.senders = senders;
        this.messages = messages;
        this.templates = templates;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(id = "platform.notifications.email", propagation = Propagation.NOT_SUPPORTED)
    void on(PloucsEvent event) {
        List<EmailRecipient> recipients = accounts.coordinatorsWantingEmail();
        JavaMailSender sender = senders.getIfAvailable();
        if (recipients.isEmpty() || sender == null) {
            return;
        }
        UUID notification = centre.record(event);
        for (EmailRecipient recipient : recipients) {
            if (!centre.markEmailed(notification, recipient.userId())) {
                continue;
            }
            try {
                sender.send(mail(recipient, event, recipient.language()));
            } catch (MailException e) {
                String answer = withoutAddresses(e.getMessage());
                centre.markEmailFailed(notification, recipient.userId(), answer);
                log.warn("Notification e-mail {} to user {} not sent: {}", notification, recipient.userId(), answer);
            }
        }
    }

    SimpleMailMessage mail(EmailRecipient recipient, PloucsEvent event, Locale language) {
        String text = messages.getMessage("notification." + event.getClass().getSimpleName(),
                event.notificationArguments().toArray(), event.getClass().getSimpleName(), language);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(messages.getMessage("notification.email.subject", new Object[]{text}, language));
        mail.setText(templates.process(TEMPLATE, new Context(language,
                Map.of("displayName", recipient.displayName(), "text", text, "baseUrl", baseUrl))));
        return mail;
    }

    static String withoutAddresses(String text) {
        return text == null ? null : EMAIL_ADDRESS.matcher(text).replaceAll("<adresse>");
    }
}
