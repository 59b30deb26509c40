package fr.ploucs.awareness.tools.application;

import fr.ploucs.awareness.facilitators.application.port.in.FacilitatingMemberSummary;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersQuery;
import fr.ploucs.awareness.facilitators.application.port.in.ListFacilitatingMembersUseCase;
import fr.ploucs.awareness.tools.application.port.in.FindToolsQuery;
import fr.ploucs.awareness.tools.application.port.in.ToolNotFound;
import fr.ploucs.awareness.tools.application.port.in.ToolsUseCase;
import fr.ploucs.awareness.tools.application.port.out.ToolRepository;
import fr.ploucs.awareness.tools.domain.Copy;
import fr.ploucs.awareness.tools.domain.CopyId;
import fr.ploucs.awareness.tools.domain.EducationalTool;
import fr.ploucs.awareness.tools.domain.ToolId;
import fr.ploucs.awareness.tools.domain.ToolOverview;
import fr.ploucs.awareness.tools.domain.ToolRuleViolation;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.events.ResponsibilityAssigned;
import fr.ploucs.sharedkernel.events.ResponsibilityEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The catalogue and its loans; a copy's loan changes under the copy's row lock, so it is lent to one at a time. */
@Service
@Transactional
class ToolService implements ToolsUseCase, FindToolsQuery {

    private final ToolRepository repository;
    private final ListFacilitatingMembersUseCase members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ToolService(ToolRepository repository, ListFacilitatingMembersUseCase members, ApplicationEventPublisher events,
                Clock clock) {
        this.repository = repository;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ToolId addTool(String name, String description) {
        EducationalTool tool = new EducationalTool(ToolId.newId(), name, description);
        repository.insert(tool);
        return tool.id();
    }

    @Override
    public CopyId addCopy(ToolId toolId, String label) {
        repository.tool(toolId).orElseThrow(() -> new ToolNotFound(toolId));
        Copy copy = new Copy(CopyId.newId(), toolId, label, null);
        repository.insert(copy);
        return copy.id();
    }

    @Override
    public void lend(Lend command) {
        Copy copy = repository.lockCopy(command.copyId()).orElseThrow(() -> new ToolNotFound(command.copyId()));
        FacilitatingMemberSummary member = members.list(ListFacilitatingMembersQuery.activeOnly()).stream()
                .filter(candidate -> candidate.active() && candidate.memberId().equals(command.memberId()))
                .findFirst()
                .orElseThrow(() -> new ToolRuleViolation("memberId", "awareness.tool.loan.member.not-active"));
        Copy lent = copy.lend(new Copy.Loan(UUID.randomUUID(), member.memberId(), member.name(),
                command.personName(), command.personEmail(), command.lentOn()), today());
        repository.startLoan(copy.id(), lent.loan());
        events.publishEvent(new ResponsibilityAssigned(UUID.randomUUID(), clock.instant(), lent.loan().id(),
                member.memberId(), lent.loan().personName(), lent.loan().personEmail(), "awareness",
                lent.description(toolName(copy)), lent.loan().lentOn()));
    }

    @Override
    public void giveBack(CopyId copyId, LocalDate returnedOn) {
        Copy copy = repository.lockCopy(copyId).orElseThrow(() -> new ToolNotFound(copyId));
        Copy.Loan loan = copy.loan();
        copy.back();
        if (returnedOn == null) {
            throw new ToolRuleViolation("returnedOn", "awareness.tool.loan.returned-on.required");
        }
        if (returnedOn.isBefore(loan.lentOn()) || returnedOn.isAfter(today())) {
            throw new ToolRuleViolation("returnedOn", "awareness.tool.loan.returned-on.range");
        }
        repository.endLoan(loan.id(), returnedOn);
        events.publishEvent(new ResponsibilityEnded(UUID.randomUUID(), clock.instant(), loan.id(),
                copy.description(toolName(copy))));
    }

    private String toolName(Copy copy) {
        return repository.tool(copy.toolId()).map(EducationalTool::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ToolOverview> catalogue() {
        return repository.catalogue();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Copy> copiesOf(ToolId toolId) {
        return repository.copiesOf(toolId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Copy> lentTo(MemberId memberId) {
        return repository.lentTo(memberId);
    }
}
