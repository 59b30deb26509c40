package fr.ploucs.accompaniment.trainingdays.application;

import fr.ploucs.accompaniment.shared.application.port.in.HolderAttendanceQuery;
import fr.ploucs.accompaniment.trainingdays.application.port.in.TrainingDaysUseCase;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/** The training days a holder came to, as the projects' timeline shows them. */
@Service
class HolderAttendanceReads implements HolderAttendanceQuery {

    private final TrainingDaysUseCase trainingDays;

    HolderAttendanceReads(TrainingDaysUseCase trainingDays) {
        this.trainingDays = trainingDays;
    }

    @Override
    public List<AttendedDay> daysAttended(UUID projectId, String holderName) {
        return trainingDays.attendanceOf(projectId, holderName).stream()
                .filter(day -> Boolean.TRUE.equals(day.present()))
                .map(day -> new AttendedDay(day.heldOn(), day.topic()))
                .toList();
    }
}
