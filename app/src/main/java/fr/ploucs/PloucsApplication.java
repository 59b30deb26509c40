package fr.ploucs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * PLOUCS: the platform of a rural network of social-and-solidarity-economy structures. This module only
 * assembles the pillars (accompaniment, awareness, cooperation) and holds what they share at run time: the page
 * shell, security, the notification centre and the database bootstrap.
 */
@SpringBootApplication
@Modulithic(systemName = "PLOUCS", sharedModules = "sharedkernel")
public class PloucsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PloucsApplication.class, args);
    }
}
