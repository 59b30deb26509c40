package fr.ploucs.accompaniment.budget.adapter.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.NumberFormat;

import java.math.BigDecimal;

/** The coaching hours planned for a cohort, typed as people write them (« 120 », « 37,5 » in French). */
public class BudgetForm {

    @NotNull(message = "{budget.hours.required}")
    @NumberFormat(style = NumberFormat.Style.NUMBER)
    private BigDecimal hours;

    public BigDecimal getHours() { return hours; }
    public void setHours(BigDecimal hours) { this.hours = hours; }
}
