package fr.ploucs.cooperation.exchanges.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PracticeExchangeTest {

    private final MemberId jardins = MemberId.newId();

    @Test
    void an_exchange_keeps_what_was_typed_tidied_and_its_version_tells_a_stale_edit() {
        PracticeExchange exchange = new PracticeExchange(PracticeExchangeId.newId(),
                details("2.5", Set.of(jardins), List.of(new ExchangeLink(" Compte rendu ", " https://example.org/cr "))),
                3L);

        assertThat(exchange.getDetails().topic()).isEqualTo("Mutualiser les locaux");
        assertThat(exchange.getDetails().notes()).isNull();
        assertThat(exchange.getDetails().links()).containsExactly(new ExchangeLink("Compte rendu", "https://example.org/cr"));
        assertThat(exchange.changedSince(3L)).isFalse();
        assertThat(exchange.changedSince(2L)).isTrue();
        assertThat(PracticeExchange.record(PracticeExchangeId.newId(), exchange.getDetails()).getVersion()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.1", "24.5", "-1"})
    void hours_outside_a_quarter_of_an_hour_to_a_day_are_refused(String hours) {
        assertThatExceptionOfType(ExchangeRuleViolation.class)
                .isThrownBy(() -> details(hours, Set.of(jardins), List.of()))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.hours.range");
    }

    @Test
    void hours_have_at_most_two_decimals_and_somebody_must_have_attended() {
        assertThatExceptionOfType(ExchangeRuleViolation.class)
                .isThrownBy(() -> details("2.555", Set.of(jardins), List.of()))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.hours.precision");
        assertThat(details("2.50", Set.of(jardins), List.of()).hours()).isEqualByComparingTo("2.5");
        assertThatExceptionOfType(ExchangeRuleViolation.class)
                .isThrownBy(() -> details("2", Set.of(), List.of()))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.attendees.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/x", "example.org", "https://", "file:///etc/passwd",
            "http://exa mple.org", ""})
    void a_link_is_an_http_or_https_address_with_a_host(String url) {
        assertThat(ExchangeLink.isWebAddress(url)).isFalse();
        assertThatExceptionOfType(ExchangeRuleViolation.class).isThrownBy(() -> new ExchangeLink("Titre", url))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.link.url.invalid");
    }

    @Test
    void a_link_needs_a_title_and_accepts_http_and_https() {
        assertThat(ExchangeLink.isWebAddress("HTTPS://www.esspace.fr/ressource?id=3#part")).isTrue();
        assertThat(ExchangeLink.isWebAddress("http://localhost:8080/x")).isTrue();
        assertThatExceptionOfType(ExchangeRuleViolation.class).isThrownBy(() -> new ExchangeLink(" ", "https://a.fr"))
                .extracting(ExchangeRuleViolation::reason).isEqualTo("exchange.link.title.required");
    }

    private PracticeExchangeDetails details(String hours, Set<MemberId> attendees, List<ExchangeLink> links) {
        return new PracticeExchangeDetails(LocalDate.of(2026, 3, 14), " Mutualiser les locaux ", "Camille Dupin",
                jardins, new BigDecimal(hours), attendees, "  ", links);
    }
}
