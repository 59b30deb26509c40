package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;

public interface RegisterMemberUseCase {

    /** @throws SiretAlreadyRegistered when another member has the same SIRET */
    MemberId register(RegisterMember command);

    /**
     * @param since     the joining date, or for a candidate the date of its application
     * @param candidate whether the structure applies to join rather than joins at once
     */
    record RegisterMember(MemberDetails details, LocalDate since, boolean candidate) {
        public RegisterMember {
            Objects.requireNonNull(details);
            Objects.requireNonNull(since);
        }

        /** A structure joining at once. */
        public RegisterMember(MemberDetails details, LocalDate joinedOn) {
            this(details, joinedOn, false);
        }
    }
}
