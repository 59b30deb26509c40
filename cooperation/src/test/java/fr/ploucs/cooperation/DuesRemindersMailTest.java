package fr.ploucs.cooperation;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesPaymentsUseCase.RecordDuesPayment;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase;
import fr.ploucs.cooperation.dues.application.port.in.DuesSettingsUseCase.SaveDuesSettings;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase;
import fr.ploucs.cooperation.members.application.port.in.RegisterMemberUseCase.RegisterMember;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase;
import fr.ploucs.cooperation.dues.application.port.in.SendDuesRemindersUseCase.RemindersOutcome;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminders through a real SMTP conversation with an in-process GreenMail server on a free port. */
@ApplicationModuleTest
class DuesRemindersMailTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    private RegisterMemberUseCase registration;
    @Autowired
    private DuesSettingsUseCase settings;
    @Autowired
    private DuesPaymentsUseCase payments;
    @Autowired
    private DuesOverviewQuery overviews;
    @Autowired
    private SendDuesRemindersUseCase reminders;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void the_representative_of_an_unpaid_member_receives_a_french_reminder_once_a_day() throws Exception {
        String unpaidName = DuesModuleTest.unique("Recyclerie des Landes");
        String unpaidEmail = "ines." + System.nanoTime() + "@recyclerie.example";
        MemberId unpaid = register(unpaidName, "Inès Laborde", unpaidEmail);
        String paidEmail = "camille." + System.nanoTime() + "@jardins.example";
        MemberId paid = register(DuesModuleTest.unique("Les Jardins"), "Camille Dupin", paidEmail);
        settings.save(new SaveDuesSettings(2041, null, new BigDecimal("1250"), LocalDate.of(2041, 6, 12), 30));
        payments.record(new RecordDuesPayment(unpaid, 2041, new BigDecimal("200"), LocalDate.now(), PaymentMeans.CASH, null));
        payments.record(new RecordDuesPayment(paid, 2041, new BigDecimal("1250"), LocalDate.now(), PaymentMeans.CARD, null));

        RemindersOutcome first = reminders.sendToUnpaidMembers(2041);

        assertThat(first.mailServerFailed()).isFalse();
        assertThat(first.sent()).isPositive();
        MimeMessage received = only(receivedBy(unpaidEmail));
        assertThat(received.getSubject()).isEqualTo("Cotisation 2041 au réseau PLOUCS");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("coordination@ploucs.localhost");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("PLOUCS");
        String body = GreenMailUtil.getBody(received);
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat((String) received.getContent())
                .startsWith("Bonjour Inès Laborde,")
                .contains("la cotisation 2041 de la structure " + unpaidName)
                .contains("Montant de la cotisation 2041 : 1 250,00 €")
                .contains("Déjà reçu : 200,00 €")
                .contains("Reste à régler : 1 050,00 €")
                .contains("L’assemblée générale du réseau aura lieu le 12/06/2041.")
                .contains("virement", "chèque à l’ordre de PLOUCS");
        assertThat(body).isNotBlank();
        assertThat(receivedBy(paidEmail)).isEmpty();
        DuesReminder recorded = overviews.overview(2041).members().stream()
                .filter(member -> member.memberId().equals(unpaid)).findFirst().orElseThrow().lastReminder();
        assertThat(recorded.kind()).isEqualTo(DuesReminder.Kind.MANUAL);
        assertThat(recorded.recipientEmail()).isEqualTo(unpaidEmail);

        RemindersOutcome again = reminders.sendToUnpaidMembers(2041);

        assertThat(again.sent()).isZero();
        assertThat(again.alreadySent()).isEqualTo(first.sent());
        assertThat(receivedBy(unpaidEmail)).hasSize(1);
    }

    @Test
    void the_daily_job_reminds_once_even_when_it_runs_twice() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        int year = today.getYear() + 1;
        String email = "paul." + System.nanoTime() + "@terres.example";
        MemberId member = register(DuesModuleTest.unique("Terres & Liens"), "Paul Darrigade", email);
        settings.save(new SaveDuesSettings(year, null, new BigDecimal("90"), today.plusDays(10), 30));

        reminders.sendScheduledReminders();
        reminders.sendScheduledReminders();

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where member_id = ? and kind = 'AUTOMATIC'")
                .param(member.value()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void a_reminder_is_mailed_only_once_the_transaction_that_recorded_it_commits() {
        String email = "lou." + System.nanoTime() + "@ressourcerie.example";
        MemberId member = register(DuesModuleTest.unique("Ressourcerie du Born"), "Lou Bats", email);
        settings.save(new SaveDuesSettings(2042, null, new BigDecimal("75"), null, 30));
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        transaction.executeWithoutResult(status -> {
            reminders.sendToUnpaidMembers(2042);
            assertThat(receivedBy(email)).as("nothing goes before the commit").isEmpty();
            status.setRollbackOnly();
        });

        assertThat(receivedBy(email)).as("nothing goes when the transaction rolls back").isEmpty();
        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where member_id = ? and year = 2042")
                .param(member.value()).query(Long.class).single()).isZero();

        transaction.executeWithoutResult(status -> {
            reminders.sendToUnpaidMembers(2042);
            assertThat(receivedBy(email)).as("nothing goes before the commit").isEmpty();
        });

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where member_id = ? and year = 2042")
                .param(member.value()).query(Long.class).single()).isEqualTo(1L);
    }

    private MemberId register(String name, String representative, String email) {
        return registration.register(new RegisterMember(new MemberDetails(name, LegalForm.SCIC, null,
                "Morcenx-la-Nouvelle", new Representative(representative, email, null)), LocalDate.of(2024, 1, 5)));
    }

    private static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> ((InternetAddress) address).getAddress().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
