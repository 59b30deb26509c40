package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

@Table(schema = "cooperation", name = "training_registration")
class TrainingRegistrationRow {

    @Id
    private UUID id;
    private UUID sessionId;
    private UUID memberId;
    private String personName;
    private RegistrationStatus status;
    private Attendance attendance;
    private Instant registeredAt;
    @Version
    private Long version;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getSessionId() { return sessionId; }
    public void setSessionId(UUID sessionId) { this.sessionId = sessionId; }
    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public Attendance getAttendance() { return attendance; }
    public void setAttendance(Attendance attendance) { this.attendance = attendance; }
    public Instant getRegisteredAt() { return registeredAt; }
    public void setRegisteredAt(Instant registeredAt) { this.registeredAt = registeredAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
