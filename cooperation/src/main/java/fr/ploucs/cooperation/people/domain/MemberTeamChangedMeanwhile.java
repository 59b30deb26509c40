package fr.ploucs.cooperation.people.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;
import fr.ploucs.sharedkernel.MemberId;

/** Somebody saved the member's people after the version this change was based on: saving would overwrite their work. */
public class MemberTeamChangedMeanwhile extends ChangedMeanwhile {

    public MemberTeamChangedMeanwhile(MemberId member) {
        super(member, "member.changed-meanwhile");
    }
}
