package fr.ploucs.awareness.tools.application.port.out;

import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.EducationalTool;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.sharedkernel.MemberId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ToolRepository {

    void insert(EducationalTool tool);

    Optional<EducationalTool> tool(ToolId id);

    List<ToolOverview> catalogue();

    void insert(Copy copy);

    /** Reads the copy with its current loan, holding the copy's row lock until the transaction ends. */
    Optional<Copy> lockCopy(CopyId id);

    List<Copy> copiesOf(ToolId id);

    List<Copy> lentTo(MemberId memberId);

    void startLoan(CopyId copyId, Copy.Loan loan);

    void endLoan(UUID loanId, LocalDate returnedOn);
}
