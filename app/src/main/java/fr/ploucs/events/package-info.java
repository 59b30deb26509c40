/**
 * Event publications that survive faults: why a listener failed ({@link fr.ploucs.events.ListenerFailureRecording}),
 * failed and stale publications retried on a schedule with back-off ({@link fr.ploucs.events.PublicationRetries}),
 * an alert when one stays failed, and the coordinators' page of the publications still failing ({@code /admin/events}).
 */
package fr.ploucs.events;
