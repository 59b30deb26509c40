package fr.ploucs.awareness.cjs.adapter.in.web;


import java.util.UUID;

/** A member of the local committee; the partner id only when they come from one of cooperation's partners. */
public class CommitteeMemberForm {

    private String name;
    private String organisation;
    private UUID partnerId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(UUID partnerId) {
        this.partnerId = partnerId;
    }
}
