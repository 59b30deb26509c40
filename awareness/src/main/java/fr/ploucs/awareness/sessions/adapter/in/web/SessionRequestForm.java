package fr.ploucs.awareness.sessions.adapter.in.web;

import fr.ploucs.awareness.sessions.domain.AudienceType;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The request form. {@code requesterId} is a requester's id, or {@code partner:<id>} for a partner of the network
 * not asked anything yet (the requester is then created from the partners view). {@code tool}: a catalogue's tool
 * planned, optional.
 */
public class SessionRequestForm {

    private String requesterId;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String commune;
    private Set<AudienceType> audiences = EnumSet.noneOf(AudienceType.class);
    private Integer expectedParticipants;
    private String tool;

    public String getRequesterId() { return requesterId; }
    public void setRequesterId(String requesterId) { this.requesterId = requesterId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public Set<AudienceType> getAudiences() { return audiences; }
    public void setAudiences(Set<AudienceType> audiences) { this.audiences = audiences; }
    public Integer getExpectedParticipants() { return expectedParticipants; }
    public void setExpectedParticipants(Integer expectedParticipants) { this.expectedParticipants = expectedParticipants; }
    public String getTool() { return tool; }
    public void setTool(String tool) { this.tool = tool; }
}
