package fr.ploucs.cooperation.dues.adapter.out.mail;

import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer;
import fr.ploucs.sharedkernel.Money;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dues reminder as a plain-text e-mail in the recipient's language (French unless told otherwise), its body the
 * Thymeleaf TEXT template {@code templates/cooperation/dues/mail/reminder.txt} with the {@code dues.mail.*} messages,
 * sent over SMTP by Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}; see docs/cooperation-dues.md).
 */
@Component
class DuesReminderMailer implements ReminderMailer {

    static final String TEMPLATE = "cooperation/dues/mail/reminder";
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"'@,;:()\\[\\]]+");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String from;

    DuesReminderMailer(ObjectProvider<JavaMailSender> senders, MessageSource messages, ITemplateEngine templates,
                       @Value("${ploucs.mail.from:PLOUCS <coordination@ploucs.localhost>}") String from) {
        this.senders = senders;
        this.messages = messages;
        this.templates = templates;
        this.from = from;
    }

    @Override
    public void send(DuesReminderMail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new MailNotSent("no mail server configured (spring.mail.host)", null);
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.recipientEmail());
            helper.setSubject(messages.getMessage("dues.mail.subject", new Object[]{Integer.toString(mail.year())},
                    mail.language()));
            helper.setText(body(mail), false);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new MailNotSent(withoutAddresses(e.getMessage()), e);
        }
    }

    String body(DuesReminderMail mail) {
        Locale language = mail.language();
        Map<String, Object> variables = new HashMap<>();
        variables.put("recipientName", mail.recipientName());
        variables.put("memberName", mail.memberName());
        variables.put("year", Integer.toString(mail.year()));
        variables.put("due", euros(mail.due(), language));
        variables.put("paid", mail.paid().isPositive() ? euros(mail.paid(), language) : null);
        variables.put("remaining", euros(mail.remaining(), language));
        variables.put("generalAssemblyOn", day(mail.generalAssemblyOn(), language));
        return templates.process(TEMPLATE, new Context(language, variables));
    }

    /**
     * 1 200,50 in French, 1,200.50 in English: with an ordinary space for the French grouping, so that every mail
     * reader shows it.
     */
    static String euros(Money amount, Locale language) {
        return amount.formatNumber(language);
    }

    /** 12/06/2041 in French, 12 Jun 2041 in English. */
    static String day(LocalDate date, Locale language) {
        if (date == null) {
            return null;
        }
        DateTimeFormatter format = "en".equals(language.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy", language);
        return date.format(format);
    }

    /** What the mail server said, without any e-mail address in it: failures are logged, and logs keep no address. */
    static String withoutAddresses(String text) {
        return text == null ? null : EMAIL_ADDRESS.matcher(text).replaceAll("<adresse>");
    }
}
