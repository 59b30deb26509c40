package fr.ploucs.webparts.territory;

import fr.ploucs.sharedkernel.territory.ClasspathTerritoryReference;
import fr.ploucs.sharedkernel.territory.FindTerritoryQuery;
import fr.ploucs.sharedkernel.territory.TerritoryDirectory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The territory reference as a bean, for every pillar's services and forms and for the picker: one
 * {@link TerritoryDirectory} on the reference loaded once ({@link ClasspathTerritoryReference#france()}). An
 * auto-configuration, so that a pillar's module test, which scans only that pillar's package, has it too; a test that
 * declares its own {@link FindTerritoryQuery} (a mock) replaces it.
 */
@AutoConfiguration
public class TerritoryConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FindTerritoryQuery territoryDirectory() {
        return new TerritoryDirectory(ClasspathTerritoryReference.france());
    }
}
