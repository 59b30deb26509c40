package fr.ploucs.accompaniment.projects.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a project is, as typed: {@code holders} one per line, « Nom ; e-mail ; téléphone » (e-mail and phone
 * optional); {@code commune} as the territory picker shows it.
 */
public class ProjectForm {

    @NotBlank(message = "{project.title.required}")
    @Size(max = 160, message = "{project.title.too-long}")
    private String title;

    @Size(max = 4000, message = "{project.text.too-long}")
    private String summary;

    @Size(max = 200, message = "{project.text.too-long}")
    private String organisation;

    @Size(max = 200, message = "{territory.commune.size}")
    private String commune;

    @NotBlank(message = "{project.holders.required}")
    @Size(max = 6000, message = "{project.holders.too-long}")
    private String holders;

    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getHolders() { return holders; }
    public void setHolders(String holders) { this.holders = holders; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
