package fr.ploucs.accompaniment.trainingdays.adapter.in.web;

import java.util.UUID;

/**
 * A holder of one of the cohort's projects, with the days they came to out of the days whose attendance is
 * recorded.
 */
record HolderLine(UUID projectId, String projectTitle, String holderName, String key, long daysPresent,
                  long daysRecorded) {
}
