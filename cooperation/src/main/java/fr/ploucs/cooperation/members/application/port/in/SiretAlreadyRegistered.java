package fr.ploucs.cooperation.members.application.port.in;

import fr.ploucs.sharedkernel.RuleViolation;

/** Two members cannot share a SIRET: the second is almost always the first one registered again. */
public class SiretAlreadyRegistered extends RuleViolation {

    public SiretAlreadyRegistered() {
        super("siret", "member.siret.taken");
    }
}
