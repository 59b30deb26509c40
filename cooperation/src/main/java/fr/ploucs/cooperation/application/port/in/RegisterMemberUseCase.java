package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.cooperation.domain.MemberDetails;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;

public interface RegisterMemberUseCase {

    /** @throws SiretAlreadyRegistered when another member has the same SIRET */
    MemberId register(RegisterMember command);

    record RegisterMember(MemberDetails details, LocalDate joinedOn) {
        public RegisterMember {
            Objects.requireNonNull(details);
            Objects.requireNonNull(joinedOn);
        }
    }
}
