package fr.ploucs.cooperation.members.domain;

/** The legal forms of the network's structures, all from the social and solidarity economy. */
public enum LegalForm {
    ASSOCIATION_LOI_1901,
    SCOP,
    SCIC,
    SAS_ESUS,
    OTHER
}
