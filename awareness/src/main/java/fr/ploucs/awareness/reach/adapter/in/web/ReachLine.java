package fr.ploucs.awareness.reach.adapter.in.web;

/**
 * One line of an indicator, as the table, the chart and the CSV show it.
 *
 * @param label what the line counts (an audience, « Morcenx-la-Nouvelle (40110) », a tool, a year)
 * @param code  the commune's INSEE code or the EPCI's SIREN, for the CSV; {@code null} elsewhere
 */
record ReachLine(String label, String code, long sessions, long people) {
}
