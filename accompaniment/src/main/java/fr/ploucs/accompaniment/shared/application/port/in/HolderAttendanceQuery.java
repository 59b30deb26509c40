package fr.ploucs.accompaniment.shared.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The collective training days a project's holder came to, for the project's timeline. In the pillar's shared
 * package because training days depend on projects: that feature implements it, the projects' pages use it.
 */
public interface HolderAttendanceQuery {

    List<AttendedDay> daysAttended(UUID projectId, String holderName);

    record AttendedDay(LocalDate heldOn, String topic) {
    }
}
