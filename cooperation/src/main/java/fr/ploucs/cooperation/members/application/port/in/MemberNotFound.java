package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.sharedkernel.NotFound;

import fr.ploucs.sharedkernel.MemberId;

public class MemberNotFound extends NotFound {

    public MemberNotFound(MemberId id) {
        super("no member", id);
    }
}
