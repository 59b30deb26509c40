package fr.ploucs.cooperation.application.port.in;

import fr.ploucs.sharedkernel.MemberId;

public class MemberNotFound extends RuntimeException {

    public MemberNotFound(MemberId id) {
        super("no member " + id);
    }
}
