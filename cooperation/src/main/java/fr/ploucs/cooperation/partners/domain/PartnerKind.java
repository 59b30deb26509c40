package fr.ploucs.cooperation.partners.domain;

/** Who the network works with (« partenaire »). A COMMUNE or an EPCI partner is linked to the territory reference. */
public enum PartnerKind {
    COMMUNE,
    EPCI,
    DEPARTEMENT,
    REGION,
    SCHOOL,
    OTHER
}
