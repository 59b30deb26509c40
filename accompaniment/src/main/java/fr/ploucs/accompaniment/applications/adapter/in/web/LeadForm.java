package fr.ploucs.accompaniment.applications.adapter.in.web;

/** A lead met by a coordinator, as typed; the domain checks what is required and how long, next to each field. */
public class LeadForm {

    private String title;
    private String description;
    private String contactName;
    private String contact;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
}
