/**
 * The published language of PLOUCS: typed ids, value objects and the contracts of the events the pillars
 * publish. Plain Java: no Spring, no persistence, nothing a pillar could use to reach into another.
 */
package fr.ploucs.sharedkernel;
