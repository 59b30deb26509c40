package fr.ploucs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

import java.time.Clock;
import java.time.ZoneId;

/** Boots the accompaniment module on its own, as the app would, for the module's Spring tests. */
@SpringBootApplication
@Modulithic(sharedModules = {"sharedkernel", "webparts"})
public class AccompanimentTestApplication {

    /** The app's one clock lives outside the pillar; the module's tests bring the same one. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Paris"));
    }
}
