package fr.ploucs.awareness.tools.application.port.in;

import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.sharedkernel.MemberId;

import java.util.List;

public interface FindToolsQuery {

    /** The catalogue by name, with each tool's copies and how many are available. */
    List<ToolOverview> catalogue();

    List<Copy> copiesOf(ToolId toolId);

    /** The copies a member's people keep now. */
    List<Copy> lentTo(MemberId memberId);
}
