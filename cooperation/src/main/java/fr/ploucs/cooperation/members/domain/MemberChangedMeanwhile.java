package fr.ploucs.cooperation.members.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

import fr.ploucs.sharedkernel.MemberId;

/** Somebody saved the member after the version this change was based on: saving it would overwrite their work. */
public class MemberChangedMeanwhile extends ChangedMeanwhile {

    public MemberChangedMeanwhile(MemberId member) {
        super(member, "member.changed-meanwhile");
    }
}
