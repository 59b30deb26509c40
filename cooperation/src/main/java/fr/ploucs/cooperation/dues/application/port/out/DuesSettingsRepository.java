package fr.ploucs.cooperation.dues.application.port.out;

import fr.ploucs.cooperation.dues.domain.DuesSettings;

import java.util.List;
import java.util.Optional;

public interface DuesSettingsRepository {

    Optional<DuesSettings> findByYear(int year);

    /** Every year's settings, by year (a handful: one row a year). */
    List<DuesSettings> findAll();

    /**
     * Stores the settings and returns them as stored, with their new version.
     *
     * @throws fr.ploucs.cooperation.dues.domain.DuesChangedMeanwhile when someone stored them since they were read
     *         (or created the same year's settings meanwhile)
     */
    DuesSettings save(DuesSettings settings);
}
