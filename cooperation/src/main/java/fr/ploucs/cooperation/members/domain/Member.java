package fr.ploucs.cooperation.members.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member structure of the network and the history of its membership. Its version guards against two
 * coordinators overwriting each other: a change is based on the version they saw.
 */
public class Member {

    private final MemberId id;
    private MemberDetails details;
    private MembershipStatus status;
    private final List<MembershipChange> history;
    private final Long version;

    /** Rebuilds a stored member; new members come from {@link #register}. */
    public Member(MemberId id, MemberDetails details, MembershipStatus status, List<MembershipChange> history,
                  Long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    public static Member register(MemberId id, MemberDetails details, LocalDate joinedOn) {
        return new Member(id, details, MembershipStatus.ACTIVE,
                List.of(new MembershipChange(MembershipChange.Kind.JOINED, joinedOn, null)), null);
    }

    /** A structure that has applied to join: it becomes a member when {@link #admit admitted}. */
    public static Member registerCandidate(MemberId id, MemberDetails details, LocalDate appliedOn) {
        return new Member(id, details, MembershipStatus.CANDIDATE,
                List.of(new MembershipChange(MembershipChange.Kind.APPLIED, appliedOn, null)), null);
    }

    public void updateDetails(MemberDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public void admit(LocalDate on, String comment) {
        if (status != MembershipStatus.CANDIDATE) {
            throw new MembershipRuleViolation("member.rule.not-candidate");
        }
        requireNotBeforeLastChange(on);
        history.add(new MembershipChange(MembershipChange.Kind.JOINED, on, blankToNull(comment)));
        status = MembershipStatus.ACTIVE;
    }

    /** A member leaving the network, or a candidate withdrawing. */
    public void leave(LocalDate on, String reason) {
        if (status == MembershipStatus.LEFT) {
            throw new MembershipRuleViolation("member.rule.already-left");
        }
        if (reason == null || reason.isBlank()) {
            throw new MembershipRuleViolation("member.rule.reason-required");
        }
        requireNotBeforeLastChange(on);
        history.add(new MembershipChange(MembershipChange.Kind.LEFT, on, reason.strip()));
        status = MembershipStatus.LEFT;
    }

    public void rejoin(LocalDate on, String reason) {
        if (status != MembershipStatus.LEFT) {
            throw new MembershipRuleViolation("member.rule.not-left");
        }
        requireNotBeforeLastChange(on);
        history.add(new MembershipChange(MembershipChange.Kind.REJOINED, on, blankToNull(reason)));
        status = MembershipStatus.RETURNED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireNotBeforeLastChange(LocalDate on) {
        Objects.requireNonNull(on);
        if (on.isBefore(lastChange().on())) {
            throw new MembershipRuleViolation("member.rule.date-before-last-change");
        }
    }

    public MembershipChange lastChange() {
        return history.get(history.size() - 1);
    }

    /** When the structure first became a member; null for a candidate never admitted. */
    public LocalDate joinedOn() {
        return history.stream()
                .filter(change -> change.kind() == MembershipChange.Kind.JOINED)
                .map(MembershipChange::on)
                .findFirst()
                .orElse(null);
    }

    public boolean isCurrentMember() {
        return status.isCurrentMember();
    }

    /** Whether this member was saved after {@code expectedVersion}, the version a coordinator's change is based on. */
    public boolean changedSince(Long expectedVersion) {
        return !Objects.equals(version, expectedVersion);
    }

    public MemberId getId() {
        return id;
    }

    public MemberDetails getDetails() {
        return details;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public List<MembershipChange> getHistory() {
        return List.copyOf(history);
    }

    public Long getVersion() {
        return version;
    }
}
