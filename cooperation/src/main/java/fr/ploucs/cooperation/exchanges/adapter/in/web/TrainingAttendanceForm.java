package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.exchanges.domain.Attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Present or absent, for each registration that held a place; the session's version guards the whole sheet. */
public class TrainingAttendanceForm {

    private List<Line> lines = new ArrayList<>();
    private Long version;

    public static class Line {
        private UUID registrationId;
        private String personName;
        private String memberName;
        private Attendance attendance;

        public Line() {
        }

        Line(UUID registrationId, String personName, String memberName, Attendance attendance) {
            this.registrationId = registrationId;
            this.personName = personName;
            this.memberName = memberName;
            this.attendance = attendance;
        }

        public UUID getRegistrationId() { return registrationId; }
        public void setRegistrationId(UUID registrationId) { this.registrationId = registrationId; }
        public String getPersonName() { return personName; }
        public void setPersonName(String personName) { this.personName = personName; }
        public String getMemberName() { return memberName; }
        public void setMemberName(String memberName) { this.memberName = memberName; }
        public Attendance getAttendance() { return attendance; }
        public void setAttendance(Attendance attendance) { this.attendance = attendance; }
    }

    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
