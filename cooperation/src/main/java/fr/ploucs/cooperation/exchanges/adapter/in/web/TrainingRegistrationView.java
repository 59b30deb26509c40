package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;

import java.util.UUID;

public record TrainingRegistrationView(UUID id, String personName, UUID memberId, String memberName,
                                       RegistrationStatus status, Attendance attendance) {
}
