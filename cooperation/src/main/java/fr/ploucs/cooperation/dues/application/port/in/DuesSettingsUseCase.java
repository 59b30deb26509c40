package fr.ploucs.cooperation.dues.application.port.in;

import fr.ploucs.cooperation.dues.domain.DuesSettings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The network's decisions for one year's dues: amount, general assembly date, reminder delay. */
public interface DuesSettingsUseCase {

    Optional<DuesSettings> settings(int year);

    /**
     * Creates the year's settings ({@code expectedVersion} null) or changes them.
     *
     * @throws fr.ploucs.cooperation.dues.domain.DuesRuleViolation       when a value is refused
     * @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile     when someone saved them since the version seen
     */
    DuesSettings save(SaveDuesSettings command);

    record SaveDuesSettings(int year, Long expectedVersion, BigDecimal amount, LocalDate generalAssemblyOn,
                            int reminderDaysBefore) {
    }
}
