package fr.ploucs.awareness.tools.application.port.in;

import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;

/**
 * The educational tools catalogue and its copies lent to members. A loan is a responsibility of the person who keeps
 * the copy: published as {@link fr.ploucs.sharedkernel.events.ResponsibilityAssigned}, ended when the copy is given back.
 */
public interface ToolsUseCase {

    ToolId addTool(String name, String description);

    CopyId addCopy(ToolId toolId, String label);

    /** @throws fr.ploucs.awareness.tools.domain.ToolRuleViolation on an inactive member or a copy already lent */
    void lend(Lend command);

    void giveBack(CopyId copyId, LocalDate returnedOn);

    record Lend(CopyId copyId, MemberId memberId, String personName, String personEmail, LocalDate lentOn) {
    }
}
