package fr.ploucs.accompaniment.applications.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

/** The jury's scores, one per criterion of the call, in the call's order (0 to 5; the domain checks). */
public class ScoreForm {

    private List<Integer> scores = new ArrayList<>();
    private Long version;

    public List<Integer> getScores() { return scores; }
    public void setScores(List<Integer> scores) { this.scores = scores; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
