package fr.ploucs.cooperation.partners.domain;

import fr.ploucs.sharedkernel.ChangedMeanwhile;

/** Somebody saved the partner after the version this change was based on: saving it would overwrite their work. */
public class PartnerChangedMeanwhile extends ChangedMeanwhile {

    public PartnerChangedMeanwhile(PartnerId partner) {
        super(partner, "partner.changed-meanwhile");
    }
}
