package fr.ploucs.accompaniment.trainingdays.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

import java.util.UUID;

@Table(schema = "accompaniment", name = "training_day_attendee")
record AttendeeRow(UUID projectId, String holderName, boolean present) {
}
