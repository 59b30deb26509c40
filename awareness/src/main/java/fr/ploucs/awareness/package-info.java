/**
 * Awareness (sensibilisation): the pillar that educates about the social and solidarity economy and cooperation,
 * through sessions for young people, adults, elected officials, technicians and teachers, the educational tools
 * the members created, workshops and the summer youth cooperative (CJS). It keeps its own view of the network's
 * members as the structures able to facilitate sessions, fed by the membership events cooperation publishes, and
 * never reaches into another pillar.
 */
package fr.ploucs.awareness;
