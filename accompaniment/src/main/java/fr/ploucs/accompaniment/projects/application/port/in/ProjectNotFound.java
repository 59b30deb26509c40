package fr.ploucs.accompaniment.projects.application.port.in;

public class ProjectNotFound extends RuntimeException {

    public ProjectNotFound(Object id) {
        super("no project " + id);
    }
}
