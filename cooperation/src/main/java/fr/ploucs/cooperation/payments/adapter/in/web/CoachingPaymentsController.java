package fr.ploucs.cooperation.payments.adapter.in.web;

import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageRenderer;

import fr.ploucs.cooperation.payments.application.port.in.PaymentStatementQuery;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** What the network owes its members for coaching, per period: an overview and each member's statement. */
@Controller
@RequestMapping("/cooperation/payments")
@PreAuthorize("hasRole('COORDINATOR')")
class CoachingPaymentsController {

    private final PaymentStatementQuery statements;
    private final MemberPageRenderer memberPage;
    private final Clock clock;

    CoachingPaymentsController(PaymentStatementQuery statements, MemberPageRenderer memberPage, Clock clock) {
        this.statements = statements;
        this.memberPage = memberPage;
        this.clock = clock;
    }

    @GetMapping
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Model model) {
        Period period = period(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("invertedPeriod", period.inverted());
        model.addAttribute("summaries", statements.statements(period.from(), period.to()));
        return "cooperation/payments/overview";
    }

    @GetMapping("/{memberId}")
    String statement(@PathVariable UUID memberId,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model) {
        memberPage.requireMember(memberId);
        Period period = period(from, to);
        model.addAttribute("invertedPeriod", period.inverted());
        model.addAttribute("statement", statements.statementOf(new MemberId(memberId), period.from(), period.to()));
        return "cooperation/payments/statement";
    }

    /** The current year unless a period is asked for; a period given backwards is read the right way round. */
    private Period period(LocalDate from, LocalDate to) {
        int year = LocalDate.now(clock).getYear();
        LocalDate start = from == null ? LocalDate.of(year, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(year, 12, 31) : to;
        return end.isBefore(start) ? new Period(end, start, true) : new Period(start, end, false);
    }

    private record Period(LocalDate from, LocalDate to, boolean inverted) {
    }
}
