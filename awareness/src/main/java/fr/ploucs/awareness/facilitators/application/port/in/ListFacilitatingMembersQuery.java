package fr.ploucs.awareness.facilitators.application.port.in;

/** @param includeFormerMembers whether members that left the network are listed too */
public record ListFacilitatingMembersQuery(boolean includeFormerMembers) {

    public static ListFacilitatingMembersQuery everyone() {
        return new ListFacilitatingMembersQuery(true);
    }

    public static ListFacilitatingMembersQuery activeOnly() {
        return new ListFacilitatingMembersQuery(false);
    }
}
