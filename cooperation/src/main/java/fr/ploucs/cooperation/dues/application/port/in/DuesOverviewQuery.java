package fr.ploucs.cooperation.dues.application.port.in;

import fr.ploucs.cooperation.dues.domain.DuesBalance;
import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesReminder;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery.Contact;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;
import java.util.Optional;

/** Where a year's dues stand: who owes what, who paid, who was reminded when. */
public interface DuesOverviewQuery {

    DuesYearOverview overview(int year);

    Optional<DuesPayment> payment(DuesPaymentId id);

    /** Where one member stands for the year; empty when it is not a current member. Reads that member only. */
    Optional<MemberDues> duesOf(MemberId memberId, int year);

    /** How many current members have not paid the whole of the year's dues (0 while its amount is not set). Counted in SQL. */
    long unpaidCount(int year);

    /**
     * @param settings null while the year's amount is not set
     * @param members  the active members, by name, each with its balance (all zero-due while no amount is set)
     * @param payments every payment of the year, of active members and of those who left since, newest first
     */
    record DuesYearOverview(int year, DuesSettings settings, List<MemberDues> members, List<PaymentLine> payments) {

        public List<MemberDues> unpaid() {
            return settings == null ? List.of() : members.stream().filter(member -> !member.balance().fullyPaid()).toList();
        }

        public List<MemberDues> paid() {
            return settings == null ? List.of() : members.stream().filter(member -> member.balance().fullyPaid()).toList();
        }
    }

    /** @param lastReminder the latest reminder sent for the year, automatic or manual, or null */
    record MemberDues(MemberId memberId, String memberName, Contact representative, DuesBalance balance,
                      DuesReminder lastReminder) {
    }

    record PaymentLine(DuesPayment payment, String memberName) {
    }
}
