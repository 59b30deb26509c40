package fr.ploucs.accompaniment.projects.adapter.in.web;

/**
 * The project list's search as typed, all text: whatever is typed (a stage or a cohort that does not exist, a page
 * that is not a number) is read leniently, never refused with an error page.
 */
public class ProjectFilter {

    private String q;
    private String holder;
    private String commune;
    private String stage;
    private String cohort;
    private String attention;

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getCohort() { return cohort; }
    public void setCohort(String cohort) { this.cohort = cohort; }
    public String getAttention() { return attention; }
    public void setAttention(String attention) { this.attention = attention; }
}
