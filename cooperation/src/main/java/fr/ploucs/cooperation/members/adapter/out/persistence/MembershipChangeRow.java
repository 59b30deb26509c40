package fr.ploucs.cooperation.members.adapter.out.persistence;

import fr.ploucs.cooperation.members.domain.MembershipChange;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table(schema = "cooperation", name = "membership_change")
class MembershipChangeRow {

    private MembershipChange.Kind kind;
    private LocalDate changedOn;
    private String reason;

    public MembershipChange.Kind getKind() { return kind; }
    public void setKind(MembershipChange.Kind kind) { this.kind = kind; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
