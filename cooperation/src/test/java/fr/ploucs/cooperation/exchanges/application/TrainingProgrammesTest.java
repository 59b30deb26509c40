package fr.ploucs.cooperation.exchanges.application;

import fr.ploucs.cooperation.members.application.port.in.MemberDirectoryQuery;
import static fr.ploucs.cooperation.members.application.MemberEntries.entries;
import static fr.ploucs.cooperation.members.application.MemberEntries.entry;

import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.RecordAttendance;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.Register;
import fr.ploucs.cooperation.exchanges.application.port.in.ManageTrainingProgrammeUseCase.ScheduleSession;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase;
import fr.ploucs.cooperation.engagement.application.port.in.RecordEngagementUseCase.CreditHours;
import fr.ploucs.cooperation.exchanges.application.port.out.TrainingRepository;
import fr.ploucs.cooperation.exchanges.domain.Attendance;
import fr.ploucs.cooperation.shared.domain.EngagementSource;
import fr.ploucs.cooperation.members.domain.LegalForm;
import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.MembershipChange;
import fr.ploucs.cooperation.members.domain.MembershipStatus;
import fr.ploucs.cooperation.exchanges.domain.RegistrationStatus;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.exchanges.domain.TrainingChangedMeanwhile;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgramme;
import fr.ploucs.cooperation.exchanges.domain.TrainingProgrammeId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistrationId;
import fr.ploucs.cooperation.exchanges.domain.TrainingRuleViolation;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionId;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.TrainingSessionScheduled;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class TrainingProgrammesTest {

    private static final Instant NOW = Instant.parse("2026-10-07T08:00:00Z");

    @Mock
    private TrainingRepository training;
    @Mock
    private MemberDirectoryQuery members;
    @Mock
    private RecordEngagementUseCase engagement;
    @Mock
    private ApplicationEventPublisher events;

    private TrainingProgrammes service;
    private final Member jardins = member("Les Jardins", MembershipStatus.ACTIVE);
    private final Member partie = member("Partie", MembershipStatus.LEFT);
    private final TrainingProgramme programme = new TrainingProgramme(TrainingProgrammeId.newId(), 2026, "2026", null, 0L);
    private final TrainingSession session = new TrainingSession(TrainingSessionId.newId(), programme.getId(),
            new TrainingSessionDetails("Comptabilité", LocalDate.of(2026, 10, 6), LocalTime.of(9, 0),
                    LocalTime.of(12, 30), "Ygos", "Dominique", 2, null), false, 3L);

    @BeforeEach
    void setUp() {
        service = new TrainingProgrammes(training, members, engagement, events, Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
        lenient().when(members.entryOf(jardins.getId())).thenReturn(Optional.of(entry(jardins)));
        lenient().when(members.entryOf(partie.getId())).thenReturn(Optional.of(entry(partie)));
        lenient().when(training.findProgramme(programme.getId())).thenReturn(Optional.of(programme));
        lenient().when(training.lockSession(session.getId())).thenReturn(Optional.of(session));
        lenient().when(training.save(any(TrainingRegistration.class))).thenAnswer(call -> call.getArgument(0));
        lenient().when(training.save(any(TrainingSession.class))).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void scheduling_a_session_publishes_it_with_its_title_day_and_places() {
        when(training.save(any(TrainingSession.class))).thenAnswer(call -> call.getArgument(0));

        TrainingSessionId id = service.schedule(new ScheduleSession(programme.getId(), session.getDetails()));

        ArgumentCaptor<TrainingSessionScheduled> event = ArgumentCaptor.forClass(TrainingSessionScheduled.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue().sessionId()).isEqualTo(id.value());
        assertThat(event.getValue().title()).isEqualTo("Comptabilité");
        assertThat(event.getValue().date()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(event.getValue().capacity()).isEqualTo(2);
        assertThat(event.getValue().occurredAt()).isEqualTo(NOW);
    }

    @Test
    void a_registration_is_counted_under_the_session_lock_and_waits_when_the_session_is_full() {
        when(training.count(session.getId(), RegistrationStatus.REGISTERED)).thenReturn(2);

        assertThat(service.register(new Register(session.getId(), jardins.getId(), "Lou Martin")).waiting()).isTrue();
        verify(training).lockSession(session.getId());
        verify(training, never()).findSession(any());
    }

    @Test
    void a_structure_that_left_cannot_register() {
        assertThatExceptionOfType(TrainingRuleViolation.class)
                .isThrownBy(() -> service.register(new Register(session.getId(), partie.getId(), "Lou")))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.registration.member.not-member");
        verify(training, never()).save(any(TrainingRegistration.class));
    }

    @Test
    void attendance_credits_each_present_member_once_with_the_session_duration_and_not_the_absent() {
        TrainingRegistration lou = registration(jardins, "Lou");
        TrainingRegistration sam = registration(jardins, "Sam");
        MemberId other = MemberId.newId();
        TrainingRegistration alex = new TrainingRegistration(TrainingRegistrationId.newId(), session.getId(), other,
                "Alex", RegistrationStatus.REGISTERED, null, NOW, 0L);
        when(training.registrationsOf(session.getId())).thenReturn(List.of(lou, sam, alex));

        service.recordAttendance(new RecordAttendance(session.getId(), 3L, Map.of(lou.getId(), Attendance.PRESENT,
                sam.getId(), Attendance.PRESENT, alex.getId(), Attendance.ABSENT)));

        ArgumentCaptor<CreditHours> credit = ArgumentCaptor.forClass(CreditHours.class);
        verify(engagement).credit(credit.capture());
        assertThat(credit.getValue()).isEqualTo(new CreditHours(jardins.getId(), EngagementSource.TRAINING,
                session.getId().toString(), LocalDate.of(2026, 10, 6), new java.math.BigDecimal("3.50"), "Comptabilité"));
        assertThat(alex.getAttendance()).isEqualTo(Attendance.ABSENT);
        assertThat(session.isAttendanceRecorded()).isTrue();
    }

    @Test
    void a_stale_or_incomplete_attendance_sheet_credits_nothing() {
        assertThatExceptionOfType(TrainingChangedMeanwhile.class).isThrownBy(() ->
                service.recordAttendance(new RecordAttendance(session.getId(), 2L, Map.of())));
        TrainingRegistration lou = registration(jardins, "Lou");
        when(training.registrationsOf(session.getId())).thenReturn(List.of(lou));
        assertThatExceptionOfType(TrainingRuleViolation.class).isThrownBy(() ->
                        service.recordAttendance(new RecordAttendance(session.getId(), 3L, Map.of())))
                .extracting(TrainingRuleViolation::reason).isEqualTo("training.attendance.incomplete");
        verifyNoInteractions(engagement);
    }

    private TrainingRegistration registration(Member member, String name) {
        return new TrainingRegistration(TrainingRegistrationId.newId(), session.getId(), member.getId(), name,
                RegistrationStatus.REGISTERED, null, NOW, 0L);
    }

    private static Member member(String name, MembershipStatus status) {
        List<MembershipChange> history = status == MembershipStatus.ACTIVE
                ? List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null))
                : List.of(new MembershipChange(MembershipChange.Kind.JOINED, LocalDate.of(2024, 3, 12), null),
                new MembershipChange(MembershipChange.Kind.LEFT, LocalDate.of(2025, 9, 1), "fin"));
        return new Member(MemberId.newId(), new MemberDetails(name, LegalForm.SCIC, null, "Ygos",
                new Representative("Camille Dupin", "camille@example.org", null)), status, history, 0L);
    }
}
