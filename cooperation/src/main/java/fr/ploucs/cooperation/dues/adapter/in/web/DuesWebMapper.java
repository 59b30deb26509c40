package fr.ploucs.cooperation.dues.adapter.in.web;

import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.MemberDuesView;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.PaymentView;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.SettingsView;
import fr.ploucs.cooperation.dues.adapter.in.web.DuesViews.YearView;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.DuesYearOverview;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.MemberDues;
import fr.ploucs.cooperation.dues.application.port.in.DuesOverviewQuery.PaymentLine;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.sharedkernel.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Between the dues pages and the application, by hand (MapStruct stays in persistence). */
@Component
class DuesWebMapper {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    YearView toView(DuesYearOverview overview) {
        BigDecimal received = Money.sum(overview.payments().stream().map(line -> line.payment().getAmount()))
                .amount();
        return new YearView(overview.year(),
                overview.settings() == null ? null : toView(overview.settings()),
                overview.unpaid().stream().map(this::toView).toList(),
                overview.paid().stream().map(this::toView).toList(),
                overview.payments().stream().map(this::toView).toList(),
                received);
    }

    SettingsView toView(DuesSettings settings) {
        return new SettingsView(settings.getYear(), settings.getAmount().amount(), settings.getGeneralAssemblyOn(),
                settings.getReminderDaysBefore(), settings.reminderDate(), settings.getVersion());
    }

    MemberDuesView toView(MemberDues member) {
        DuesReminder last = member.lastReminder();
        return new MemberDuesView(member.memberId().value(), member.memberName(), member.representative().name(),
                member.representative().email(), member.balance().due().amount(),
                member.balance().paid().amount(), member.balance().remaining().amount(), member.balance().status(),
                last == null ? null : LocalDateTime.ofInstant(last.sentAt(), PARIS),
                last == null ? null : last.kind());
    }

    PaymentView toView(PaymentLine line) {
        DuesPayment payment = line.payment();
        return new PaymentView(payment.getId().value(), payment.getMemberId().value(), line.memberName(),
                payment.getPaidOn(), payment.getAmount().amount(), payment.getMeans(), payment.getReference(),
                payment.getVersion());
    }

    DuesSettingsForm toForm(DuesSettings settings) {
        DuesSettingsForm form = new DuesSettingsForm();
        form.setAmount(settings.getAmount());
        form.setGeneralAssemblyOn(settings.getGeneralAssemblyOn());
        form.setReminderDaysBefore(Integer.toString(settings.getReminderDaysBefore()));
        form.setVersion(settings.getVersion());
        return form;
    }

    DuesPaymentForm toForm(DuesPayment payment) {
        DuesPaymentForm form = new DuesPaymentForm();
        form.setMemberId(payment.getMemberId().value());
        form.setAmount(payment.getAmount());
        form.setPaidOn(payment.getPaidOn());
        form.setMeans(payment.getMeans());
        form.setReference(payment.getReference());
        form.setVersion(payment.getVersion());
        return form;
    }
}
