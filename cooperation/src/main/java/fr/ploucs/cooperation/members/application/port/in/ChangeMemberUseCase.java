package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Changes to an existing member. Each command carries the version the coordinator saw; a member saved since then
 * is not overwritten ({@link fr.ploucs.cooperation.members.domain.MemberChangedMeanwhile}).
 */
public interface ChangeMemberUseCase {

    void updateDetails(UpdateDetails command);

    void admit(Admit command);

    /**
     * The incoming representative replaces the current one, who joins the structure's former representatives;
     * publishes {@code RepresentativeChanged} so that the pillars hand over what the outgoing person held.
     */
    void changeRepresentative(ChangeRepresentative command);

    void recordDeparture(RecordDeparture command);

    void recordReturn(RecordReturn command);

    record UpdateDetails(MemberId memberId, Long expectedVersion, MemberDetails details) {
        public UpdateDetails {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(details);
        }
    }

    record ChangeRepresentative(MemberId memberId, Long expectedVersion, Representative incoming, LocalDate on,
                                String reason) {
        public ChangeRepresentative {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(incoming);
            Objects.requireNonNull(on);
        }
    }

    record Admit(MemberId memberId, Long expectedVersion, LocalDate admittedOn, String comment) {
        public Admit {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(admittedOn);
        }
    }

    record RecordDeparture(MemberId memberId, Long expectedVersion, LocalDate leftOn, String reason) {
        public RecordDeparture {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(leftOn);
        }
    }

    record RecordReturn(MemberId memberId, Long expectedVersion, LocalDate rejoinedOn, String reason) {
        public RecordReturn {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(rejoinedOn);
        }
    }
}
