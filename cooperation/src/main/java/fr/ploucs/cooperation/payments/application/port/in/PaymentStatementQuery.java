package fr.ploucs.cooperation.payments.application.port.in;

import fr.ploucs.cooperation.payments.domain.CoachingCharge;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What the network owes its members for the coaching hours its grants pay. */
public interface PaymentStatementQuery {

    Statement statementOf(MemberId memberId, LocalDate from, LocalDate to);

    /** Every member with coaching hours in the period, by name. */
    List<StatementSummary> statements(LocalDate from, LocalDate to);

    /** A charge as a statement shows it: with the grant that pays it (« financeur — subvention »), if any. */
    record StatementLine(CoachingCharge charge, String grantLabel) {
    }

    record Statement(MemberId memberId, String memberName, LocalDate from, LocalDate to, List<StatementLine> lines) {

        public Statement {
            Objects.requireNonNull(memberId);
            lines = List.copyOf(lines);
        }

        public List<StatementLine> paidLines() {
            return lines.stream().filter(line -> !line.charge().beyondEnvelope()).toList();
        }

        public List<StatementLine> beyondEnvelope() {
            return lines.stream().filter(line -> line.charge().beyondEnvelope()).toList();
        }

        public BigDecimal paidHours() {
            return sum(paidLines().stream().map(line -> line.charge().hours()).toList());
        }

        public BigDecimal hoursBeyondEnvelope() {
            return sum(beyondEnvelope().stream().map(line -> line.charge().hours()).toList());
        }

        public Money amountDue() {
            return Money.sum(lines.stream().map(line -> line.charge().amount()));
        }

        private static BigDecimal sum(List<BigDecimal> values) {
            return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    record StatementSummary(MemberId memberId, String memberName, BigDecimal paidHours, Money amountDue,
                            BigDecimal hoursBeyondEnvelope) {
    }
}
