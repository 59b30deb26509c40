package fr.ploucs.cooperation.dues.adapter.out.mail;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.dues.application.port.out.ReminderMailer.DuesReminderMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder's body from its TEXT template, in the recipient's language, with the module's real messages. */
class DuesReminderMailerTest {

    private final DuesReminderMailer mailer = mailer();

    @Test
    void renders_the_english_body() {
        String body = mailer.body(mail(Locale.ENGLISH, Money.of("200"), LocalDate.of(2041, 6, 12)));

        assertThat(body).isEqualTo("""
                Hello Inès Laborde,

                Unless we are mistaken, the 2041 dues of Recyclerie des Landes to the PLOUCS network are not fully paid yet.

                2041 dues: €1,250.00
                Already received: €200.00
                Left to pay: €1,050.00

                The network’s general assembly takes place on 12 Jun 2041.

                You can pay by bank transfer (ask us for the network’s bank details by replying to this e-mail), \
                by cheque to the order of PLOUCS, or in cash or by card at the coordination. \
                Please write "Cotisation 2041 – Recyclerie des Landes" with your payment.

                If you have already paid, please disregard this message. For any question, simply reply to this e-mail.

                The coordination of the PLOUCS network
                """);
    }

    @Test
    void renders_the_french_body_and_leaves_out_what_is_not_known() {
        String body = mailer.body(mail(Locale.FRANCE, Money.ZERO, null));

        assertThat(body)
                .startsWith("Bonjour Inès Laborde,\n\nSauf erreur de notre part, la cotisation 2041 de la structure Recyclerie des Landes")
                .contains("Montant de la cotisation 2041 : 1 250,00 €\nReste à régler : 1 250,00 €\n\nPour régler,")
                .doesNotContain("Déjà reçu", "assemblée générale", "??")
                .endsWith("La coordination du réseau PLOUCS\n");
    }

    @Test
    void a_mail_servers_answer_is_logged_without_any_address() {
        assertThat(DuesReminderMailer.withoutAddresses("550 5.1.1 <ines@recyclerie.example>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<adresse>>: Recipient address rejected");
        assertThat(DuesReminderMailer.withoutAddresses("Invalid Addresses; nested: paul.d@terres.example"))
                .doesNotContain("@");
    }

    private static DuesReminderMail mail(Locale language, Money paid, LocalDate assembly) {
        Money due = Money.of("1250");
        return new DuesReminderMail("Inès Laborde", "ines@recyclerie.example", "Recyclerie des Landes", 2041, due,
                paid, due.minus(paid), assembly, language);
    }

    private static DuesReminderMailer mailer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cooperation-dues");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine templates = new SpringTemplateEngine();
        templates.setTemplateResolver(MailTemplates.resolver());
        templates.setTemplateEngineMessageSource(messages);
        return new DuesReminderMailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages,
                templates, "PLOUCS <coordination@ploucs.localhost>");
    }
}
