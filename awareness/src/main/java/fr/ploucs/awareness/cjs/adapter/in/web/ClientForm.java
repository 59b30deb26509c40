package fr.ploucs.awareness.cjs.adapter.in.web;



/** A client of the cooperative. */
public class ClientForm {

    private String name;
    private String contact;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
