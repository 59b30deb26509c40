package fr.ploucs.cooperation.engagement.domain;

import fr.ploucs.cooperation.shared.domain.EngagementSource;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a member gave the network in a year: its ledger lines, totalled by source. */
public record YearContribution(int year, List<EngagementEntry> entries) {

    public YearContribution {
        entries = List.copyOf(entries);
    }

    public Map<EngagementSource, BigDecimal> hoursBySource() {
        Map<EngagementSource, BigDecimal> totals = new EnumMap<>(EngagementSource.class);
        entries.forEach(entry -> totals.merge(entry.source(), entry.hours(), BigDecimal::add));
        return totals;
    }

    public BigDecimal totalHours() {
        return entries.stream().map(EngagementEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
