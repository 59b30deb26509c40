package fr.ploucs.cooperation.dues.adapter.out.mail;

import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The dues reminder as a French plain-text e-mail, sent over SMTP by Spring's {@link JavaMailSender} (configured by
 * {@code spring.mail.*}; see docs/cooperation-dues.md). The texts are the {@code dues.mail.*} messages, in French:
 * the representatives of the network's structures read French.
 */
@Component
class DuesReminderMailer implements ReminderMailer {

    static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final String from;

    DuesReminderMailer(ObjectProvider<JavaMailSender> senders, MessageSource messages,
                       @Value("${ploucs.mail.from:PLOUCS <coordination@ploucs.localhost>}") String from) {
        this.senders = senders;
        this.messages = messages;
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
            helper.setSubject(text("dues.mail.subject", Integer.toString(mail.year())));
            helper.setText(body(mail), false);
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new MailNotSent(e.getMessage(), e);
        }
    }

    String body(DuesReminderMail mail) {
        String year = Integer.toString(mail.year());
        StringBuilder body = new StringBuilder()
                .append(text("dues.mail.greeting", mail.recipientName())).append("\n\n")
                .append(text("dues.mail.intro", year, mail.memberName())).append("\n\n")
                .append(text("dues.mail.amount", year, euros(mail.due()))).append('\n');
        if (mail.paid().signum() > 0) {
            body.append(text("dues.mail.paid", euros(mail.paid()))).append('\n');
        }
        body.append(text("dues.mail.remaining", euros(mail.remaining()))).append("\n\n");
        if (mail.generalAssemblyOn() != null) {
            body.append(text("dues.mail.assembly", mail.generalAssemblyOn().format(DAY))).append("\n\n");
        }
        return body.append(text("dues.mail.how-to-pay", year, mail.memberName())).append("\n\n")
                .append(text("dues.mail.closing")).append("\n\n")
                .append(text("dues.mail.signature")).append('\n')
                .toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }

    /** 1 200,50: French grouping and decimal comma, with an ordinary space so that every mail reader shows it. */
    static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
