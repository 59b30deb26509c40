package fr.ploucs.awareness.tools.domain;

import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One physical copy of a tool (« la boîte n° 2 »), and who holds it: lent to a person of a member structure from a day
 * until given back. The loan's id is the responsibility published to cooperation while it lasts.
 */
public record Copy(CopyId id, ToolId toolId, String label, Loan loan) {

    public Copy {
        Objects.requireNonNull(id);
        Objects.requireNonNull(toolId);
        label = label == null ? "" : label.strip();
        if (label.isEmpty()) {
            throw new ToolRuleViolation("label", "awareness.tool.copy.label.required");
        }
        if (label.length() > EducationalTool.NAME_MAX) {
            throw new ToolRuleViolation("label", "awareness.tool.text.too-long");
        }
    }

    public boolean available() {
        return loan == null;
    }

    /** @throws ToolRuleViolation when the copy is already lent, or the day is in the future */
    public Copy lend(Loan next, LocalDate today) {
        if (loan != null) {
            throw new ToolRuleViolation(null, "awareness.tool.copy.already-lent");
        }
        if (next.lentOn().isAfter(today)) {
            throw new ToolRuleViolation("lentOn", "awareness.tool.loan.lent-on.future");
        }
        return new Copy(id, toolId, label, next);
    }

    /** The copy is back; the caller records the returned loan. */
    public Copy back() {
        if (loan == null) {
            throw new ToolRuleViolation(null, "awareness.tool.copy.not-lent");
        }
        return new Copy(id, toolId, label, null);
    }

    public String description(String toolName) {
        return "Garde de l’outil « " + toolName + " » (" + label + ")";
    }

    /** A current loan. */
    public record Loan(UUID id, MemberId memberId, String memberName, String personName, String personEmail,
                       LocalDate lentOn) {

        public Loan {
            Objects.requireNonNull(id);
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(memberName);
            personName = personName == null ? "" : personName.strip();
            if (personName.isEmpty()) {
                throw new ToolRuleViolation("personName", "awareness.tool.loan.person.required");
            }
            personEmail = personEmail == null ? "" : personEmail.strip();
            if (!personEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new ToolRuleViolation("personEmail", "awareness.tool.loan.email.invalid");
            }
            if (personName.length() > EducationalTool.NAME_MAX || personEmail.length() > EducationalTool.NAME_MAX) {
                throw new ToolRuleViolation("personName", "awareness.tool.text.too-long");
            }
            if (lentOn == null) {
                throw new ToolRuleViolation("lentOn", "awareness.tool.loan.lent-on.required");
            }
        }
    }
}
