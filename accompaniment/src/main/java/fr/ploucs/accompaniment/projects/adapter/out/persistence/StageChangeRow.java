package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

@Table(schema = "accompaniment", name = "project_stage_change")
record StageChangeRow(String stage, LocalDate changedOn) {
}
