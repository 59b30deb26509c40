package fr.ploucs;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Boots the accompaniment module on its own, as the app would, for the module's Spring tests. */
@SpringBootApplication
@Modulithic(sharedModules = {"sharedkernel", "webparts"})
public class AccompanimentTestApplication {
}
