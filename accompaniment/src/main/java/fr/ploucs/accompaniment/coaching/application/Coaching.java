package fr.ploucs.accompaniment.coaching.application;

import fr.ploucs.accompaniment.coaches.application.port.in.CoachingMemberSummary;
import fr.ploucs.accompaniment.coaches.application.port.in.ListCoachingMembersUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingChangedMeanwhile;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingNotFound;
import fr.ploucs.accompaniment.coaching.application.port.in.CoachingUseCase;
import fr.ploucs.accompaniment.coaching.application.port.in.FindCoachingQuery;
import fr.ploucs.accompaniment.coaching.application.port.in.NotYourProject;
import fr.ploucs.accompaniment.coaching.application.port.out.CoachingRepository;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.AssignmentId;
import fr.ploucs.accompaniment.coaching.domain.CoachingRuleViolation;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.accompaniment.coaching.domain.CoachingSessionId;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery.ProjectSummary;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.sharedkernel.events.CoachingSessionCorrected;
import fr.ploucs.sharedkernel.events.CoachingSessionHeld;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who coaches each project and the sessions they hold. Assignments of one project are changed under a lock, so
 * two coordinators assigning at once leave one current assignment. Every session's hours reach cooperation through
 * events: held once, then corrected with the session's whole new state and a growing revision.
 */
@Service
@Transactional
class Coaching implements CoachingUseCase, FindCoachingQuery {

    private final CoachingRepository repository;
    private final FindProjectsQuery projects;
    private final ListCoachingMembersUseCase members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Coaching(CoachingRepository repository, FindProjectsQuery projects, ListCoachingMembersUseCase members,
             ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.projects = projects;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public AssignmentId assign(Assign command) {
        ProjectSummary project = project(command.projectId());
        if (command.memberId() == null) {
            throw new CoachingRuleViolation("memberId", "coaching.assignment.member.required");
        }
        CoachingMemberSummary member = members.activeMember(command.memberId())
                .orElseThrow(() -> new CoachingRuleViolation("memberId", "coaching.assignment.member.not-active"));
        List<Assignment> history = repository.lockAssignmentsOf(command.projectId());
        Assignment next = Assignment.start(AssignmentId.newId(), command.projectId(), member.memberId(),
                member.name(), command.coachName(), command.coachEmail(), command.since(), today());
        for (Assignment current : history) {
            if (current.isCurrent()) {
                if (command.since().isBefore(current.getSince())) {
                    throw new CoachingRuleViolation("since", "coaching.assignment.since.before-current");
                }
                current.end(command.since());
                repository.save(current);
                events.publishEvent(new ResponsibilityEnded(UUID.randomUUID(), clock.instant(),
                        current.getId().value(), current.description(project.title())));
            }
        }
        Assignment stored = repository.save(next);
        events.publishEvent(new ResponsibilityAssigned(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                stored.getMemberId(), stored.getCoachName(), stored.getCoachEmail(), "accompaniment",
                stored.description(project.title()), stored.getSince()));
        return stored.getId();
    }

    @Override
    public CoachingSessionId hold(Hold command) {
        ProjectSummary project = project(command.projectId());
        requireCoaching(command.actingFor(), command.projectId());
        Assignment assignment = assignmentOn(command.projectId(), command.details().heldOn());
        requireOwn(command.actingFor(), assignment.getMemberId(), command.projectId());
        CoachingSession stored = repository.save(CoachingSession.hold(CoachingSessionId.newId(), assignment,
                command.details(), today()));
        events.publishEvent(new CoachingSessionHeld(UUID.randomUUID(), clock.instant(), stored.getId().value(),
                stored.getMemberId(), stored.getMemberName(), project.title(), stored.getDetails().heldOn(),
                stored.getDetails().hours()));
        return stored.getId();
    }

    @Override
    public void correct(Correct command) {
        CoachingSession session = lockCurrent(command.sessionId(), command.expectedVersion(), command.actingFor());
        Assignment assignment = assignmentOn(session.getProjectId(), command.details().heldOn());
        session.correct(assignment, command.details(), today());
        publishCorrection(repository.save(session));
    }

    @Override
    public void delete(CoachingSessionId sessionId, Long expectedVersion, MemberId actingFor) {
        CoachingSession session = lockCurrent(sessionId, expectedVersion, actingFor);
        session.delete();
        publishCorrection(repository.save(session));
    }

    @Override
    public void memberLeft(MemberId memberId) {
        for (Assignment assignment : repository.currentAssignmentsOf(memberId)) {
            if (!assignment.isNeedsReassignment()) {
                assignment.memberLeft();
                repository.save(assignment);
            }
        }
    }

    private void publishCorrection(CoachingSession session) {
        String title = projects.summary(new ProjectId(session.getProjectId())).map(ProjectSummary::title).orElse("");
        events.publishEvent(new CoachingSessionCorrected(UUID.randomUUID(), clock.instant(), session.getId().value(),
                session.getRevision(), session.getMemberId(), session.getMemberName(), title,
                session.getDetails().heldOn(), session.creditedHours(), session.isDeleted()));
    }

    private static void requireOwn(MemberId actingFor, MemberId coachingMember, UUID projectId) {
        if (actingFor != null && !actingFor.equals(coachingMember)) {
            throw new NotYourProject(projectId);
        }
    }

    /** A representative acts only on the projects their structure coaches now; a coordinator ({@code null}) on all. */
    private void requireCoaching(MemberId actingFor, UUID projectId) {
        if (actingFor != null && !repository.projectsCoachedBy(actingFor).contains(projectId)) {
            throw new NotYourProject(projectId);
        }
    }

    private Assignment assignmentOn(UUID projectId, LocalDate day) {
        return repository.assignmentsOf(projectId).stream().filter(assignment -> assignment.covers(day))
                .findFirst()
                .orElseThrow(() -> new CoachingRuleViolation("heldOn", "coaching.session.held-on.outside-assignment"));
    }

    /** The session, refused to a representative whose structure does not coach its project now or did not hold it. */
    private CoachingSession lockCurrent(CoachingSessionId id, Long expectedVersion, MemberId actingFor) {
        CoachingSession session = repository.lockSession(id).orElseThrow(() -> new CoachingNotFound(id));
        requireCoaching(actingFor, session.getProjectId());
        requireOwn(actingFor, session.getMemberId(), session.getProjectId());
        if (session.changedSince(expectedVersion)) {
            throw new CoachingChangedMeanwhile(id);
        }
        return session;
    }

    private ProjectSummary project(UUID projectId) {
        return projects.summary(new ProjectId(projectId)).orElseThrow(() -> new CoachingNotFound(projectId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsOf(UUID projectId) {
        return repository.assignmentsOf(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Assignment> currentAssignment(UUID projectId) {
        return repository.assignmentsOf(projectId).stream().filter(Assignment::isCurrent).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoachingSession> sessionsOf(UUID projectId) {
        return repository.sessionsOf(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CoachingSession> session(CoachingSessionId id) {
        return repository.findSession(id).filter(session -> !session.isDeleted());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> projectsCoachedBy(MemberId memberId) {
        return repository.projectsCoachedBy(memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.math.BigDecimal hoursHeldFor(java.util.Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? java.math.BigDecimal.ZERO : repository.hoursHeldFor(projectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public ProjectCoaching coachingOf(UUID projectId, MemberId actingFor) {
        ProjectSummary project = project(projectId);
        requireCoaching(actingFor, projectId);
        List<CoachingSession> sessions = repository.sessionsOf(projectId);
        java.math.BigDecimal total = sessions.stream().map(session -> session.getDetails().hours())
                .reduce(java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal::add);
        return new ProjectCoaching(projectId, project.title(), repository.assignmentsOf(projectId), sessions, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CoachedProject> coachedProjects(MemberId actingFor) {
        List<Assignment> current = actingFor == null ? repository.currentAssignments()
                : repository.currentAssignmentsOf(actingFor);
        return current.stream()
                .map(assignment -> new CoachedProject(assignment.getProjectId(),
                        projects.summary(new ProjectId(assignment.getProjectId())).map(ProjectSummary::title)
                                .orElse("—"),
                        assignment.getMemberName(), assignment.getCoachName(), assignment.getSince(),
                        assignment.isNeedsReassignment(), hoursHeldFor(List.of(assignment.getProjectId()))))
                .sorted(java.util.Comparator.comparing(CoachedProject::title, java.text.Collator.getInstance(
                        java.util.Locale.FRENCH)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignment> toReassign() {
        return repository.toReassign();
    }
}
