package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import java.time.LocalDate;

record OutcomeRow(LocalDate leftOn, Boolean graduated, String structureName, String legalForm, Integer jobs,
                  String notes) {
}
