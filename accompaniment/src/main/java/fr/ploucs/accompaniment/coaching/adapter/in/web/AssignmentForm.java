package fr.ploucs.accompaniment.coaching.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.UUID;

/** « Confier l’accompagnement »: the member structure, the person of it who coaches, and from when. */
public class AssignmentForm {

    @NotNull(message = "{coaching.assignment.member.required}")
    private UUID memberId;

    @Size(max = 200, message = "{coaching.assignment.coach.too-long}")
    private String coachName;

    @Size(max = 200, message = "{coaching.assignment.coach.too-long}")
    private String coachEmail;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public String getCoachName() { return coachName; }
    public void setCoachName(String coachName) { this.coachName = coachName; }
    public String getCoachEmail() { return coachEmail; }
    public void setCoachEmail(String coachEmail) { this.coachEmail = coachEmail; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
}
