package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.awareness.sessions.domain.RequesterKind;

/** A new requester that is not among the network's partners (a school, a training centre...). */
public class RequesterForm {

    private String name;
    private RequesterKind kind;
    private String contact;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public RequesterKind getKind() { return kind; }
    public void setKind(RequesterKind kind) { this.kind = kind; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
