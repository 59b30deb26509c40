package fr.ploucs.accompaniment.coaches.application.port.in;

/** @param includeFormerMembers whether members that left the network are listed too */
public record ListCoachingMembersQuery(boolean includeFormerMembers) {

    public static ListCoachingMembersQuery everyone() {
        return new ListCoachingMembersQuery(true);
    }

    public static ListCoachingMembersQuery activeOnly() {
        return new ListCoachingMembersQuery(false);
    }
}
