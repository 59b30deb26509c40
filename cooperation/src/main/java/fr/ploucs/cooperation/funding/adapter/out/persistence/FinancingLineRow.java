package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.cooperation.funding.domain.FinancingLineStatus;
import org.springframework.data.relational.core.mapping.Table;

import java.math.BigDecimal;
import java.util.UUID;

@Table(schema = "cooperation", name = "financing_line")
class FinancingLineRow {

    private UUID funderId;
    private BigDecimal amount;
    private FinancingLineStatus status;

    public UUID getFunderId() { return funderId; }
    public void setFunderId(UUID funderId) { this.funderId = funderId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public FinancingLineStatus getStatus() { return status; }
    public void setStatus(FinancingLineStatus status) { this.status = status; }
}
