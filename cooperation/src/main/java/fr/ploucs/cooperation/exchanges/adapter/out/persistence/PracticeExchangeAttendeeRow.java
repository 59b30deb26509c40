package fr.ploucs.cooperation.exchanges.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

import java.util.Objects;
import java.util.UUID;

@Table(schema = "cooperation", name = "practice_exchange_attendee")
class PracticeExchangeAttendeeRow {

    private UUID memberId;

    public UUID getMemberId() { return memberId; }
    public void setMemberId(UUID memberId) { this.memberId = memberId; }

    @Override
    public boolean equals(Object other) {
        return other instanceof PracticeExchangeAttendeeRow row && Objects.equals(memberId, row.memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(memberId);
    }
}
