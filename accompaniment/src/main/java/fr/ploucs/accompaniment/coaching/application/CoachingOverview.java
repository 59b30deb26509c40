package fr.ploucs.accompaniment.coaching.application;

import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.accompaniment.coaching.application.port.out.CoachingRepository;
import fr.ploucs.accompaniment.coaching.domain.Assignment;
import fr.ploucs.accompaniment.coaching.domain.CoachingSession;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The coaching of projects as the projects' pages show it (the pillar's shared {@link ProjectCoachingQuery}). */
@Service
@Transactional(readOnly = true)
class CoachingOverview implements ProjectCoachingQuery {

    private final CoachingRepository repository;

    CoachingOverview(CoachingRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<UUID> projectsCoachedBy(MemberId memberId) {
        return repository.projectsCoachedBy(memberId);
    }

    @Override
    public Optional<CurrentCoach> currentCoach(UUID projectId) {
        return repository.assignmentsOf(projectId).stream().filter(Assignment::isCurrent).findFirst()
                .map(a -> new CurrentCoach(a.getMemberId(), a.getMemberName(), a.getCoachName(), a.getSince(),
                        a.isNeedsReassignment()));
    }

    @Override
    public List<CoachingFact> historyOf(UUID projectId) {
        List<CoachingFact> facts = new ArrayList<>();
        for (Assignment a : repository.assignmentsOf(projectId)) {
            facts.add(new CoachingFact(a.getSince(), FactKind.ASSIGNED, a.getMemberName(), a.getCoachName(), null,
                    null));
            if (a.getUntil() != null) {
                facts.add(new CoachingFact(a.getUntil(), FactKind.ENDED, a.getMemberName(), a.getCoachName(), null,
                        null));
            }
        }
        for (CoachingSession s : repository.sessionsOf(projectId)) {
            if (!s.isDeleted()) {
                facts.add(new CoachingFact(s.getDetails().heldOn(), FactKind.SESSION, s.getMemberName(),
                        s.getDetails().coachName(), s.getDetails().hours(), s.getDetails().topics()));
            }
        }
        facts.sort(Comparator.comparing(CoachingFact::on));
        return facts;
    }

    @Override
    public Set<UUID> projectsWithACoach() {
        return repository.projectsWithACurrentCoach();
    }

    @Override
    public Set<UUID> projectsToReassign() {
        return repository.toReassign().stream().map(Assignment::getProjectId).collect(Collectors.toSet());
    }
}
