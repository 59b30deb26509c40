package fr.ploucs.accompaniment.projects.application.port.in;

import fr.ploucs.accompaniment.projects.domain.Project;
import fr.ploucs.accompaniment.projects.domain.ProjectId;

import java.util.Optional;

/** Reads of the followed projects, for the pages and the other accompaniment features. */
public interface FindProjectsQuery {

    Optional<Project> project(ProjectId id);
}
