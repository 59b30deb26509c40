package fr.ploucs.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Notification e-mails as durable jobs ({@code platform.mail_outbox}). {@link #queue} writes one in the caller's
 * transaction; {@link #sendDue} claims the due ones one by one with {@code FOR UPDATE SKIP LOCKED} (two instances
 * never claim the same), sends it, and marks it sent in the same transaction once the SMTP server has accepted it.
 * A refusal or an outage leaves it queued with a growing delay: mail is late, never lost.
 * <p>
 * Delivery to the SMTP server is at least once: a crash after the server accepted an e-mail and before the commit
 * sends it again at the next run, with the same {@code Message-ID} (fixed when queued), by which mail servers and
 * clients recognise the duplicate. That window is the time of one commit.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final int batch;
    private final java.time.Clock clock;

    MailOutbox(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> senders,
               java.time.Clock clock,
               @Value("${ploucs.mail.from}") String from,
               @Value("${ploucs.mail.outbox.first-retry:PT30S}") Duration firstRetry,
               @Value("${ploucs.mail.outbox.longest-retry:PT30M}") Duration longestRetry,
               @Value("${ploucs.mail.outbox.batch:50}") int batch) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.senders = senders;
        this.from = from;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.batch = batch;
        this.clock = clock;
    }

    /** Queues an e-mail, unless this notification is already queued (or sent) for this person. */
    void queue(UUID notification, UUID user, String recipient, String subject, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into platform.mail_outbox (id, notification_id, user_id, recipient, subject, body, message_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (notification_id, user_id) do nothing""")
                .params(id, notification, user, recipient, subject, body, "<" + id + "@ploucs.outbox>")
                .update();
    }

    /** Sends what is due; stops at the first failure, the server being likely down for the others too. */
    @Scheduled(fixedDelayString = "${ploucs.mail.outbox.poll-interval:PT5S}", initialDelayString = "PT5S")
    void sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (int i = 0; i < batch; i++) {
            Boolean sentOne = transaction.execute(status -> sendNext(sender));
            if (!Boolean.TRUE.equals(sentOne)) {
                return;
            }
        }
    }

    /** @return true when one e-mail went out, false when none was due or the one due could not be sent */
    private boolean sendNext(JavaMailSender sender) {
        Optional<Queued> next = jdbc.sql("""
                        select id, recipient, subject, body, message_id, attempts from platform.mail_outbox
                        where sent_at is null and next_attempt_at <= now()
                        order by next_attempt_at
                        limit 1
                        for update skip locked""")
                .query((rs, n) -> new Queued(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("message_id"),
                        rs.getInt("attempts")))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Queued mail = next.get();
        try {
            sender.send(message(sender, mail));
        } catch (MailException | MessagingException e) {
            Duration delay = delayAfter(mail.attempts() + 1);
            jdbc.sql("""
                            update platform.mail_outbox
                            set attempts = attempts + 1, last_error = ?, next_attempt_at = ?
                            where id = ?""")
                    .params(String.valueOf(e.getMessage()), Timestamp.from(clock.instant().plus(delay)), mail.id())
                    .update();
            log.warn("Notification e-mail {} not accepted by the SMTP server (attempt {}), next try in {}: {}",
                    mail.id(), mail.attempts() + 1, delay, e.getMessage());
            return false;
        }
        jdbc.sql("update platform.mail_outbox set attempts = attempts + 1, sent_at = now() where id = ?")
                .param(mail.id()).update();
        return true;
    }

    /** {@code firstRetry} doubled at each failure, up to {@code longestRetry}. */
    Duration delayAfter(int attempts) {
        Duration delay = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(longestRetry) > 0 ? longestRetry : delay;
    }

    private MimeMessage message(JavaMailSender sender, Queued mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // JavaMailSenderImpl keeps a Message-ID set beforehand instead of generating one.
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    private record Queued(UUID id, String recipient, String subject, String body, String messageId, int attempts) {
    }
}
