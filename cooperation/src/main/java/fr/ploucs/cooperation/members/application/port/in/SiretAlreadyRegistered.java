package fr.ploucs.cooperation.members.application.port.in;

/** Two members cannot share a SIRET: the second is almost always the first one registered again. */
public class SiretAlreadyRegistered extends RuntimeException {

    public SiretAlreadyRegistered() {
        super("another member already has this SIRET");
    }
}
