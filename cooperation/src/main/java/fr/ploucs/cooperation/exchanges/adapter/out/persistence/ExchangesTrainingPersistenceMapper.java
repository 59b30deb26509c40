package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Practice exchanges and the training programme, rows to domain and back. */
@Mapper
interface ExchangesTrainingPersistenceMapper {

    @Mapping(target = "heldOn", source = "details.on")
    @Mapping(target = "topic", source = "details.topic")
    @Mapping(target = "facilitatorName", source = "details.facilitatorName")
    @Mapping(target = "facilitatorMemberId", source = "details.facilitatorMember")
    @Mapping(target = "hours", source = "details.hours")
    @Mapping(target = "notes", source = "details.notes")
    @Mapping(target = "attendees", source = "details.attendees")
    @Mapping(target = "links", source = "details.links")
    PracticeExchangeRow toRow(PracticeExchange exchange);

    @Mapping(target = "details", source = ".")
    PracticeExchange toDomain(PracticeExchangeRow row);

    @Mapping(target = "on", source = "heldOn")
    @Mapping(target = "facilitatorMember", source = "facilitatorMemberId")
    PracticeExchangeDetails toDetails(PracticeExchangeRow row);

    PracticeExchangeLinkRow toRow(ExchangeLink link);

    ExchangeLink toDomain(PracticeExchangeLinkRow row);

    default Set<PracticeExchangeAttendeeRow> toAttendeeRows(Set<MemberId> attendees) {
        return attendees.stream().map(member -> {
            PracticeExchangeAttendeeRow row = new PracticeExchangeAttendeeRow();
            row.setMemberId(member.value());
            return row;
        }).collect(Collectors.toSet());
    }

    default Set<MemberId> toAttendees(Set<PracticeExchangeAttendeeRow> rows) {
        return rows.stream().map(row -> new MemberId(row.getMemberId())).collect(Collectors.toSet());
    }

    TrainingProgrammeRow toRow(TrainingProgramme programme);

    TrainingProgramme toDomain(TrainingProgrammeRow row);

    @Mapping(target = "title", source = "details.title")
    @Mapping(target = "heldOn", source = "details.on")
    @Mapping(target = "startsAt", source = "details.startsAt")
    @Mapping(target = "endsAt", source = "details.endsAt")
    @Mapping(target = "place", source = "details.place")
    @Mapping(target = "trainer", source = "details.trainer")
    @Mapping(target = "capacity", source = "details.capacity")
    @Mapping(target = "description", source = "details.description")
    TrainingSessionRow toRow(TrainingSession session);

    @Mapping(target = "details", source = ".")
    TrainingSession toDomain(TrainingSessionRow row);

    @Mapping(target = "on", source = "heldOn")
    TrainingSessionDetails toDetails(TrainingSessionRow row);

    TrainingRegistrationRow toRow(TrainingRegistration registration);

    TrainingRegistration toDomain(TrainingRegistrationRow row);

    default UUID toUuid(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId toMemberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }

    default UUID toUuid(PracticeExchangeId id) {
        return id == null ? null : id.value();
    }

    default PracticeExchangeId toPracticeExchangeId(UUID id) {
        return id == null ? null : new PracticeExchangeId(id);
    }

    default UUID toUuid(TrainingProgrammeId id) {
        return id == null ? null : id.value();
    }

    default TrainingProgrammeId toTrainingProgrammeId(UUID id) {
        return id == null ? null : new TrainingProgrammeId(id);
    }

    default UUID toUuid(TrainingSessionId id) {
        return id == null ? null : id.value();
    }

    default TrainingSessionId toTrainingSessionId(UUID id) {
        return id == null ? null : new TrainingSessionId(id);
    }

    default UUID toUuid(TrainingRegistrationId id) {
        return id == null ? null : id.value();
    }

    default TrainingRegistrationId toTrainingRegistrationId(UUID id) {
        return id == null ? null : new TrainingRegistrationId(id);
    }
}
