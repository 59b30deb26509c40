package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who came to a training day: the boxes ticked, one per holder of the cohort's projects
 * ({@code projectId:holderName}); every holder left unticked is recorded absent.
 */
public class AttendanceForm {

    private Set<String> present = new LinkedHashSet<>();

    private Long version;

    public Set<String> getPresent() { return present; }
    public void setPresent(Set<String> present) { this.present = present == null ? new LinkedHashSet<>() : present; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
