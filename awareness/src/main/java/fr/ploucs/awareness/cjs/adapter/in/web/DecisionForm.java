package fr.ploucs.awareness.cjs.adapter.in.web;


import java.util.UUID;

/** A decision taken in one of the meetings. */
public class DecisionForm {

    private UUID meetingId;
    private String text;

    public UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(UUID meetingId) {
        this.meetingId = meetingId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
