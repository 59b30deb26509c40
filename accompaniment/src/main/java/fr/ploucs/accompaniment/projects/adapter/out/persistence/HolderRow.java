package fr.ploucs.accompaniment.projects.adapter.out.persistence;

import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "accompaniment", name = "project_holder")
record HolderRow(String name, String email, String phone) {
}
