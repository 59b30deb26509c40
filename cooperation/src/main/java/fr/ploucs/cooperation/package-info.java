/**
 * Cooperation (« Coopération »): the network itself. Its member structures joining, leaving and returning, who
 * represents them, and later mutualisation and funding. Publishes {@code MemberJoined}, {@code MemberLeft} and
 * {@code MemberRejoined}; depends on no other pillar.
 */
package fr.ploucs.cooperation;
