package fr.ploucs.cooperation.partners.domain;

/** Somebody saved the partner after the version this change was based on: saving it would overwrite their work. */
public class PartnerChangedMeanwhile extends RuntimeException {

    public PartnerChangedMeanwhile(PartnerId partner) {
        super("partner " + partner + " was changed by someone else meanwhile");
    }
}
