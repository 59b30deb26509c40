package fr.ploucs.accompaniment.projects.application.port.in;

public class ProjectChangedMeanwhile extends RuntimeException {

    public ProjectChangedMeanwhile(Object id) {
        super("project " + id + " changed meanwhile");
    }
}
