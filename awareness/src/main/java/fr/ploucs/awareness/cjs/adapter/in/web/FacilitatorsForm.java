package fr.ploucs.awareness.cjs.adapter.in.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The edition's two facilitators: two lines, a line left blank is no one. */
public class FacilitatorsForm {

    private List<Line> facilitators = new ArrayList<>(List.of(new Line(), new Line()));

    public List<Line> getFacilitators() {
        return facilitators;
    }

    public void setFacilitators(List<Line> facilitators) {
        this.facilitators = facilitators;
    }

    /** One facilitating person: their member structure, name and e-mail. */
    public static class Line {

        private UUID memberId;
        private String personName;
        private String personEmail;

        public Line() {
        }

        Line(UUID memberId, String personName, String personEmail) {
            this.memberId = memberId;
            this.personName = personName;
            this.personEmail = personEmail;
        }

        boolean blank() {
            return memberId == null && (personName == null || personName.isBlank())
                    && (personEmail == null || personEmail.isBlank());
        }

        public UUID getMemberId() {
            return memberId;
        }

        public void setMemberId(UUID memberId) {
            this.memberId = memberId;
        }

        public String getPersonName() {
            return personName;
        }

        public void setPersonName(String personName) {
            this.personName = personName;
        }

        public String getPersonEmail() {
            return personEmail;
        }

        public void setPersonEmail(String personEmail) {
            this.personEmail = personEmail;
        }
    }
}
