package fr.ploucs.awareness.tools.domain;

import java.util.Objects;

/** An educational tool of the catalogue (the ESS role-play game the members created together first). */
public record EducationalTool(ToolId id, String name, String description) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public EducationalTool {
        Objects.requireNonNull(id);
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new ToolRuleViolation("name", "awareness.tool.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new ToolRuleViolation("name", "awareness.tool.text.too-long");
        }
        description = description == null || description.isBlank() ? null : description.strip();
        if (description != null && description.length() > TEXT_MAX) {
            throw new ToolRuleViolation("description", "awareness.tool.text.too-long");
        }
    }
}
