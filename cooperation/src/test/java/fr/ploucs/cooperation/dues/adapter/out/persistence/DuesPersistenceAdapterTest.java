package fr.ploucs.cooperation.dues.adapter.out.persistence;

import fr.ploucs.sharedkernel.Money;
import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceAdapter;
import fr.ploucs.cooperation.members.adapter.out.persistence.MemberPersistenceMapperImpl;

import fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.dues.domain.PaymentMeans;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Against the real PostgreSQL, migrated by the module's scripts. Each test rolls back. */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({DuesPersistenceAdapter.class, DuesPersistenceMapperImpl.class, MemberPersistenceAdapter.class,
        MemberPersistenceMapperImpl.class})
class DuesPersistenceAdapterTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 2, 3);

    @Autowired
    private DuesPersistenceAdapter adapter;

    @Autowired
    private MemberPersistenceAdapter members;

    @Autowired
    private JdbcClient jdbc;

    // A year no other test class uses, so that committed rows of other tests never collide with these.
    private final int year = 2060 + ThreadLocalRandom.current().nextInt(30);
    private MemberId member;

    @BeforeEach
    void aMemberAndAYear() {
        member = members.save(Member.register(MemberId.newId(), new MemberDetails("Les Jardins du Marsan",
                LegalForm.ASSOCIATION_LOI_1901, null, "Mont-de-Marsan",
                new Representative("Camille Dupin", "camille@jardins.example", null)), LocalDate.of(2024, 1, 1))).getId();
        jdbc.sql("delete from cooperation.dues_year where year = ?").param(year).update();
    }

    @Test
    void settings_round_trip_and_their_version_grows_with_each_save() {
        DuesSettings created = adapter.save(new DuesSettings(year, Money.of("120.5"),
                LocalDate.of(year, 6, 12), 21, null));
        DuesSettings changed = adapter.save(new DuesSettings(year, Money.of("130"), null, 30, created.getVersion()));

        DuesSettings found = adapter.findByYear(year).orElseThrow();
        assertThat(created.getVersion()).isZero();
        assertThat(found.getVersion()).isEqualTo(1L).isEqualTo(changed.getVersion());
        assertThat(found.getAmount()).isEqualTo(Money.of("130.00"));
        assertThat(found.getGeneralAssemblyOn()).isNull();
        assertThat(found.getReminderDaysBefore()).isEqualTo(30);
        assertThat(adapter.findAll()).extracting(DuesSettings::getYear).contains(year);
        assertThat(jdbc.sql("select amount from cooperation.dues_year where year = ?").param(year)
                .query(BigDecimal.class).single()).isEqualTo(new BigDecimal("130.00"));
    }

    @Test
    void a_stale_or_second_creation_of_the_settings_is_refused() {
        DuesSettings created = adapter.save(new DuesSettings(year, Money.of("120"), null, 30, null));
        adapter.save(new DuesSettings(year, Money.of("125"), null, 30, created.getVersion()));

        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() ->
                adapter.save(new DuesSettings(year, Money.of("999"), null, 30, created.getVersion())));
        assertThat(adapter.findByYear(year).orElseThrow().getAmount()).isEqualTo(Money.of("125.00"));
        // Last: the refused INSERT aborts this test's transaction.
        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() ->
                adapter.save(new DuesSettings(year, Money.of("999"), null, 30, null)));
    }

    @Test
    void payments_round_trip_are_corrected_with_their_version_and_deleted() {
        adapter.save(new DuesSettings(year, Money.of("120"), null, 30, null));
        DuesPayment first = adapter.save(DuesPayment.received(DuesPaymentId.newId(), member, year,
                Money.of("50"), PAID_ON, PaymentMeans.CHEQUE, "chèque 0012", PAID_ON));
        DuesPayment second = adapter.save(DuesPayment.received(DuesPaymentId.newId(), member, year,
                Money.of("70"), PAID_ON.plusDays(5), PaymentMeans.TRANSFER, null, PAID_ON.plusDays(5)));

        assertThat(adapter.findAllOfYear(year)).extracting(DuesPayment::getId)
                .containsExactly(second.getId(), first.getId());
        DuesPayment found = adapter.findById(first.getId()).orElseThrow();
        assertThat(found.getMemberId()).isEqualTo(member);
        assertThat(found.getAmount()).isEqualTo(Money.of("50.00"));
        assertThat(found.getMeans()).isEqualTo(PaymentMeans.CHEQUE);
        assertThat(found.getReference()).isEqualTo("chèque 0012");
        assertThat(found.getVersion()).isZero();

        DuesPayment corrected = adapter.save(found.correct(Money.of("55"), PAID_ON, PaymentMeans.CASH, null, PAID_ON));
        assertThat(corrected.getVersion()).isEqualTo(1L);
        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() -> adapter.save(found));
        assertThatExceptionOfType(DuesChangedMeanwhile.class).isThrownBy(() -> adapter.delete(found));

        adapter.delete(corrected);
        assertThat(adapter.findById(first.getId())).isEmpty();
        assertThat(adapter.findAllOfYear(year)).extracting(DuesPayment::getId).containsExactly(second.getId());
    }

    @Test
    void an_automatic_reminder_is_recorded_once_per_year_and_a_manual_one_once_per_day() {
        Instant morning = Instant.parse("2026-05-13T06:00:00Z");
        LocalDate day = LocalDate.of(2026, 5, 13);

        assertThat(adapter.recordIfFirst(reminder(DuesReminder.Kind.AUTOMATIC, morning, day))).isTrue();
        assertThat(adapter.recordIfFirst(reminder(DuesReminder.Kind.AUTOMATIC, morning.plusSeconds(86_400),
                day.plusDays(1)))).isFalse();
        assertThat(adapter.recordIfFirst(reminder(DuesReminder.Kind.MANUAL, morning.plusSeconds(60), day))).isTrue();
        assertThat(adapter.recordIfFirst(reminder(DuesReminder.Kind.MANUAL, morning.plusSeconds(120), day))).isFalse();
        DuesReminder nextDay = reminder(DuesReminder.Kind.MANUAL, morning.plusSeconds(86_400 + 60), day.plusDays(1));
        assertThat(adapter.recordIfFirst(nextDay)).isTrue();

        assertThat(jdbc.sql("select count(*) from cooperation.dues_reminder where member_id = ? and year = ?")
                .params(member.value(), year).query(Long.class).single()).isEqualTo(3L);
        Map<MemberId, DuesReminder> latest = adapter.latestByMember(year);
        assertThat(latest.get(member)).isEqualTo(nextDay);
        assertThat(adapter.latestByMember(year - 1)).doesNotContainKey(member);
        assertThat(adapter.latestOf(member, year)).contains(nextDay);
        assertThat(adapter.latestOf(member, year - 1)).isEmpty();
        assertThat(adapter.latestOf(MemberId.newId(), year)).isEmpty();
    }

    @Test
    void one_member_s_payments_of_a_year_are_read_alone_newest_first() {
        adapter.save(new DuesSettings(year, Money.of("120"), null, 30, null));
        MemberId other = members.save(Member.register(MemberId.newId(), new MemberDetails("La Recyclerie",
                LegalForm.SCOP, null, "Dax", new Representative("Lou Martin", "lou@recyclerie.example", null)),
                LocalDate.of(2024, 1, 1))).getId();
        DuesPayment first = adapter.save(DuesPayment.received(DuesPaymentId.newId(), member, year,
                Money.of("50"), PAID_ON, PaymentMeans.CHEQUE, null, PAID_ON));
        DuesPayment second = adapter.save(DuesPayment.received(DuesPaymentId.newId(), member, year,
                Money.of("70"), PAID_ON.plusDays(5), PaymentMeans.TRANSFER, null, PAID_ON.plusDays(5)));
        adapter.save(DuesPayment.received(DuesPaymentId.newId(), other, year,
                Money.of("120"), PAID_ON, PaymentMeans.CASH, null, PAID_ON));

        assertThat(adapter.findOfMember(member, year)).extracting(DuesPayment::getId)
                .containsExactly(second.getId(), first.getId());
        assertThat(adapter.findOfMember(member, year + 1)).isEmpty();
    }

    @Test
    void counts_in_sql_the_current_members_who_have_not_paid_the_whole_year() {
        adapter.save(new DuesSettings(year, Money.of("120"), null, 30, null));
        long before = adapter.countCurrentMembersOwing(year, Money.of("120"));
        MemberId paid = registered("Payée", null);
        MemberId partly = registered("En partie", null);
        registered("Rien payé", null);
        MemberId left = registered("Partie", LocalDate.of(2025, 1, 1));
        pay(paid, "120");
        pay(partly, "50");
        pay(left, "10");
        pay(member, "60");
        pay(member, "60");

        // Partly paid and nothing paid owe; fully paid does not, nor the one who left; member, counted before, paid
        // the whole year in two payments.
        assertThat(adapter.countCurrentMembersOwing(year, Money.of("120"))).isEqualTo(before + 1);
        assertThat(adapter.countCurrentMembersOwing(year, Money.of("100"))).isEqualTo(before + 1);
        // Nobody paid 130: member and the fully paid one owe as well.
        assertThat(adapter.countCurrentMembersOwing(year, Money.of("130"))).isEqualTo(before + 3);
    }

    private MemberId registered(String name, LocalDate leftOn) {
        Member registered = Member.register(MemberId.newId(), new MemberDetails(name, LegalForm.SCOP, null, "Dax",
                new Representative("Lou Martin", "lou@example.org", null)), LocalDate.of(2024, 1, 1));
        if (leftOn != null) {
            registered.leave(leftOn, "fin");
        }
        return members.save(registered).getId();
    }

    private void pay(MemberId who, String amount) {
        adapter.save(DuesPayment.received(DuesPaymentId.newId(), who, year, Money.of(amount), PAID_ON,
                PaymentMeans.TRANSFER, null, PAID_ON));
    }

    private DuesReminder reminder(DuesReminder.Kind kind, Instant at, LocalDate on) {
        return new DuesReminder(member, year, kind, at, on, "Camille Dupin", "camille@jardins.example");
    }
}
