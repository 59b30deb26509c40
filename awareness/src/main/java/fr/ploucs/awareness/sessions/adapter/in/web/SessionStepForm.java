package fr.ploucs.awareness.sessions.adapter.in.web;

/**
 * The forms of the steps after scheduling, each with the version it was based on: deliver (actual participants, the
 * tool used), evaluate (feedback, notes), cancel (reason), and inviting a testimony speaker.
 */
public class SessionStepForm {

    private Long version;
    private Integer actualParticipants;
    private String toolUsed;
    private String participantsFeedback;
    private String facilitatorNotes;
    private String reason;
    private String speakerId;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Integer getActualParticipants() { return actualParticipants; }
    public void setActualParticipants(Integer actualParticipants) { this.actualParticipants = actualParticipants; }
    public String getToolUsed() { return toolUsed; }
    public void setToolUsed(String toolUsed) { this.toolUsed = toolUsed; }
    public String getParticipantsFeedback() { return participantsFeedback; }
    public void setParticipantsFeedback(String participantsFeedback) { this.participantsFeedback = participantsFeedback; }
    public String getFacilitatorNotes() { return facilitatorNotes; }
    public void setFacilitatorNotes(String facilitatorNotes) { this.facilitatorNotes = facilitatorNotes; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSpeakerId() { return speakerId; }
    public void setSpeakerId(String speakerId) { this.speakerId = speakerId; }
}
