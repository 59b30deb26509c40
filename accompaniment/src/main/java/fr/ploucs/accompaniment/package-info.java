/**
 * Accompaniment (accompagnement): the pillar that supports emerging collective projects carrying the values of
 * the social and solidarity economy, from the yearly incubator and its cohorts to the individual coaching that
 * member structures give. It keeps its own view of the network's members as the structures able to coach,
 * fed by the membership events cooperation publishes, and never reaches into another pillar.
 */
package fr.ploucs.accompaniment;
