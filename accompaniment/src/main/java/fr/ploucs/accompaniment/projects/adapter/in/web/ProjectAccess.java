package fr.ploucs.accompaniment.projects.adapter.in.web;

import fr.ploucs.accompaniment.projects.application.port.in.FindProjectsQuery;
import fr.ploucs.accompaniment.projects.application.port.in.ProjectNotFound;
import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;
import fr.ploucs.accompaniment.shared.application.port.in.ProjectCoachingQuery;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.webparts.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which projects the signed-in person may see: a coordinator all of them, a representative those their structure
 * coaches now, anyone else none. A project out of reach is answered as one that does not exist (404), so nothing
 * is said about it.
 */
@Component
class ProjectAccess {

    private final FindProjectsQuery projects;
    private final ProjectCoachingQuery coaching;

    ProjectAccess(FindProjectsQuery projects, ProjectCoachingQuery coaching) {
        this.projects = projects;
        this.coaching = coaching;
    }

    /** The only projects the person may see, or null for all of them (a coordinator). */
    Collection<UUID> visibleProjects(Authentication authentication) {
        if (SignedInPerson.isCoordinator(authentication)) {
            return null;
        }
        Optional<MemberId> member = SignedInPerson.representedMember(authentication);
        return member.map(coaching::projectsCoachedBy).orElse(Set.of());
    }

    /** @throws ProjectNotFound when the id is not a project's, or not one the person may see */
    Project visible(String id, Authentication authentication) {
        UUID uuid = parse(id).orElseThrow(() -> new ProjectNotFound(id));
        Collection<UUID> visible = visibleProjects(authentication);
        if (visible != null && !visible.contains(uuid)) {
            throw new ProjectNotFound(id);
        }
        return projects.project(new ProjectId(uuid)).orElseThrow(() -> new ProjectNotFound(id));
    }

    static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
