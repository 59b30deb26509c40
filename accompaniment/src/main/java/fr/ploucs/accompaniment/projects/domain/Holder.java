package fr.ploucs.accompaniment.projects.domain;

import java.util.Objects;

/** A person who carries the project (« porteur·se de projet »); a project is collective and has several. */
public record Holder(String name, String email, String phone) {

    public Holder {
        Objects.requireNonNull(name);
    }
}
