package fr.ploucs.notification;

import fr.ploucs.security.EmailRecipient;
import fr.ploucs.security.UserAccountService;
import fr.ploucs.sharedkernel.PloucsEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every notification, by e-mail, to the coordinators who asked for it in « Mon compte », in the language they
 * chose. The listener only queues the e-mails ({@link MailOutbox}, once per notification and person, in its own
 * transaction): the outbox sends them, retrying until the SMTP server accepts, so an outage delays mail and never
 * loses it. The body is the Thymeleaf text template {@value #TEMPLATE}.
 */
@Component
class NotificationEmails {

    static final String TEMPLATE = "notification/mail/notification";
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"'@,;:()\\[\\]]+");

    private final NotificationCentre centre;
    private final UserAccountService accounts;
    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final MailOutbox outbox;
    private final String from;
    private final String baseUrl;

    NotificationEmails(NotificationCentre centre, UserAccountService accounts, ObjectProvider<JavaMailSender> senders,
                       MessageSource messages, ITemplateEngine templates, MailOutbox outbox,
                       @Value("${ploucs.mail.from}") String from, @Value("${ploucs.base-url}") String baseUrl) {
        this.centre = centre;
        this.accounts = accounts;
        this.senders = senders;
        this.messages = messages;
        this.templates = templates;
        this.outbox = outbox;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(id = "platform.notifications.email")
    void on(PloucsEvent event) {
        List<EmailRecipient> recipients = recipients();
        if (recipients.isEmpty()) {
            return;
        }
        UUID notification = centre.record(event);
        queueFor(recipients, notification, "notification." + event.getClass().getSimpleName(),
                event.notificationArguments().toArray(), event.getClass().getSimpleName());
    }

    /** Queues the e-mails of an inbox entry for every coordinator who asked for them. */
    @Transactional
    void queue(UUID notification, String messageKey, Object[] arguments, String defaultText) {
        queueFor(recipients(), notification, messageKey, arguments, defaultText);
    }

    private void queueFor(List<EmailRecipient> recipients, UUID notification, String messageKey, Object[] arguments,
                          String defaultText) {
        for (EmailRecipient recipient : recipients) {
            SimpleMailMessage mail = mail(recipient, messageKey, arguments, defaultText, recipient.language());
            outbox.queue(notification, recipient.userId(), recipient.email(), mail.getSubject(), mail.getText());
        }
    }

    /** Who gets notifications by e-mail: nobody when no mail server is configured. Read once per notification. */
    private List<EmailRecipient> recipients() {
        return senders.getIfAvailable() == null ? List.of() : accounts.coordinatorsWantingEmail();
    }

    /** The e-mail of an event's notification, in the given language. */
    SimpleMailMessage mail(EmailRecipient recipient, PloucsEvent event, Locale language) {
        return mail(recipient, "notification." + event.getClass().getSimpleName(),
                event.notificationArguments().toArray(), event.getClass().getSimpleName(), language);
    }

    /** The one place that writes a notification e-mail: its subject and its body from the template. */
    private SimpleMailMessage mail(EmailRecipient recipient, String messageKey, Object[] arguments,
                                   String defaultText, Locale language) {
        String text = messages.getMessage(messageKey, arguments, defaultText, language);
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(recipient.email());
        mail.setSubject(messages.getMessage("notification.email.subject", new Object[]{text}, language));
        mail.setText(templates.process(TEMPLATE, new Context(language,
                Map.of("displayName", recipient.displayName(), "text", text, "baseUrl", baseUrl))));
        return mail;
    }

    /** A mail server's answer without the addresses it may quote (no personal data in the logs). */
    static String withoutAddresses(String text) {
        return text == null ? null : EMAIL_ADDRESS.matcher(text).replaceAll("<adresse>");
    }
}
