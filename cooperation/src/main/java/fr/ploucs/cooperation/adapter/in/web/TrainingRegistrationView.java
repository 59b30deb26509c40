package fr.ploucs.cooperation.adapter.in.web;

import fr.ploucs.cooperation.domain.Attendance;
import fr.ploucs.cooperation.domain.RegistrationStatus;

import java.util.UUID;

public record TrainingRegistrationView(UUID id, String personName, UUID memberId, String memberName,
                                       RegistrationStatus status, Attendance attendance) {
}
