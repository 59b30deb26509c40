package fr.ploucs.cooperation.funding.domain;

import fr.ploucs.sharedkernel.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An application for funding (« demande de financement ») and its dated history: IDEA → DRAFTING → SUBMITTED →
 * GRANTED or REJECTED, forward only. Carries the financing plan of the action it funds.
 */
public class FundingApplication {

    private final FundingApplicationId id;
    private ApplicationDetails details;
    private ApplicationStatus status;
    private final List<ApplicationStatusChange> history;
    private LocalDate submittedOn;
    private Money amountGranted;
    private String rejectionReason;
    private final List<FinancingLine> financingPlan;
    private final Long version;

    /** Rebuilds a stored application; new ones come from {@link #start}. */
    public FundingApplication(FundingApplicationId id, ApplicationDetails details, ApplicationStatus status,
                              List<ApplicationStatusChange> history, LocalDate submittedOn, Money amountGranted,
                              String rejectionReason, List<FinancingLine> financingPlan, Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.history = new ArrayList<>(history);
        this.submittedOn = submittedOn;
        this.amountGranted = amountGranted;
        this.rejectionReason = rejectionReason;
        this.financingPlan = new ArrayList<>(financingPlan == null ? List.of() : financingPlan);
        this.version = version;
    }

    public static FundingApplication start(FundingApplicationId id, ApplicationDetails details, LocalDate on) {
        return new FundingApplication(id, details, ApplicationStatus.IDEA,
                List.of(new ApplicationStatusChange(ApplicationStatus.IDEA, on, null)), null, null, null, List.of(),
                null);
    }

    /** Title, pillar, amount and funder may change until the funder has decided. */
    public void updateDetails(ApplicationDetails newDetails) {
        Objects.requireNonNull(newDetails);
        if (status.decided()) {
            throw new FundingRuleViolation("funding.application.rule.decided");
        }
        this.details = newDetails;
    }

    /** To DRAFTING or SUBMITTED; the date of a submission is the submission date. */
    public void advance(ApplicationStatus target, LocalDate on, String comment) {
        if (target == ApplicationStatus.GRANTED || target == ApplicationStatus.REJECTED) {
            throw new IllegalArgumentException("a decision goes through grant() or reject()");
        }
        move(target, on, comment);
        if (target == ApplicationStatus.SUBMITTED) {
            submittedOn = on;
        }
    }

    /** The funder granted {@code amount}: positive, and no more than was asked (often less). */
    public void grant(LocalDate on, Money amount, String comment) {
        if (amount == null || !amount.isPositive()) {
            throw new FundingRuleViolation("amountGranted", "funding.rule.amount-positive");
        }
        Money granted = amount;
        if (granted.isGreaterThan(details.amountAsked())) {
            throw new FundingRuleViolation("amountGranted", "funding.application.rule.granted-above-asked");
        }
        move(ApplicationStatus.GRANTED, on, comment);
        amountGranted = granted;
    }

    public void reject(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FundingRuleViolation("comment", "funding.application.rule.reason-required");
        }
        move(ApplicationStatus.REJECTED, on, reason.strip());
        rejectionReason = reason.strip();
    }

    private void move(ApplicationStatus target, LocalDate on, String comment) {
        Objects.requireNonNull(target);
        if (on == null) {
            throw new FundingRuleViolation("funding.application.rule.date-required");
        }
        if (!status.next().contains(target)) {
            throw new FundingRuleViolation("funding.application.rule.forward-only");
        }
        if (on.isBefore(lastChange().on())) {
            throw new FundingRuleViolation("funding.application.rule.date-before-last-change");
        }
        history.add(new ApplicationStatusChange(target, on, comment == null || comment.isBlank() ? null : comment.strip()));
        status = target;
    }

    public void addFinancingLine(FinancingLine line) {
        financingPlan.add(Objects.requireNonNull(line));
    }

    public void removeFinancingLine(int index) {
        if (index < 0 || index >= financingPlan.size()) {
            throw new FundingRuleViolation("funding.plan.rule.no-such-line");
        }
        financingPlan.remove(index);
    }

    public Money financingTotal() {
        return Money.sum(financingPlan.stream().map(FinancingLine::amount));
    }

    /** The line's share of the plan's total, in percent with one decimal. */
    public BigDecimal shareOf(FinancingLine line) {
        Money total = financingTotal();
        if (total.isZero()) {
            return BigDecimal.ZERO;
        }
        return line.amount().amount().multiply(BigDecimal.valueOf(100)).divide(total.amount(), 1, RoundingMode.HALF_UP);
    }

    public ApplicationStatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public FundingApplicationId getId() {
        return id;
    }

    public ApplicationDetails getDetails() {
        return details;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public List<ApplicationStatusChange> getHistory() {
        return List.copyOf(history);
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Money getAmountGranted() {
        return amountGranted;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public List<FinancingLine> getFinancingPlan() {
        return List.copyOf(financingPlan);
    }

    public Long getVersion() {
        return version;
    }
}
