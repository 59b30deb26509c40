package fr.ploucs.awareness.sessions.adapter.in.web;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule form: the date and up to {@link #ROWS} facilitating persons (a row left empty is skipped). Rule
 * violations about the facilitators as a whole land on {@code facilitations}.
 */
public class ScheduleForm {

    static final int ROWS = 4;

    private Long version;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private List<Row> facilitators = new ArrayList<>();
    private String facilitations;

    /** Pads the rows so the page always offers {@link #ROWS} of them. */
    ScheduleForm padded() {
        while (facilitators.size() < ROWS) {
            facilitators.add(new Row());
        }
        return this;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public List<Row> getFacilitators() { return facilitators; }
    public void setFacilitators(List<Row> facilitators) { this.facilitators = facilitators; }
    public String getFacilitations() { return facilitations; }
    public void setFacilitations(String facilitations) { this.facilitations = facilitations; }

    /** One facilitating person: the member structure (its id), the person, their hours as typed (« 2,5 » or « 2.5 »). */
    public static class Row {

        private String memberId;
        private String personName;
        private String personEmail;
        private String hours;

        public Row() {
        }

        Row(String memberId, String personName, String personEmail, String hours) {
            this.memberId = memberId;
            this.personName = personName;
            this.personEmail = personEmail;
            this.hours = hours;
        }

        boolean blank() {
            return (memberId == null || memberId.isBlank()) && (personName == null || personName.isBlank())
                    && (personEmail == null || personEmail.isBlank()) && (hours == null || hours.isBlank());
        }

        public String getMemberId() { return memberId; }
        public void setMemberId(String memberId) { this.memberId = memberId; }
        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public String getPersonEmail() { return personEmail; }
        public void setPersonEmail(String personEmail) { this.personEmail = personEmail; }
        public String getHours() { return hours; }
        public void setHours(String hours) { this.hours = hours; }
    }
}
