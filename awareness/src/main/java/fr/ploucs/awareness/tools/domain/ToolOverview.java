package fr.ploucs.awareness.tools.domain;

/** A tool of the catalogue with how many copies it has and how many are not lent. */
public record ToolOverview(EducationalTool tool, long copies, long available) {
}
