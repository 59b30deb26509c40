package fr.ploucs.cooperation.mutualisation.domain;

/** What kind of thing the members share (« ressource mutualisée »). */
public enum ResourceKind {
    ROOM,
    VEHICLE,
    EQUIPMENT,
    EDUCATIONAL_KIT,
    SKILL
}
