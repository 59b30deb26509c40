-- The pool of testimony speakers: the structures that graduated from the incubator (ProjectGraduated).
CREATE TABLE awareness.testimony_speaker (
    project_id     UUID PRIMARY KEY,
    project_title  TEXT    NOT NULL,
    structure_name TEXT,
    legal_form     TEXT,
    commune_code   TEXT,
    jobs           INTEGER NOT NULL,
    graduated_on   DATE    NOT NULL
);

-- The speakers invited to testify at a session (the name kept as it was when invited).
CREATE TABLE awareness.session_speaker (
    session_id   UUID NOT NULL REFERENCES awareness.session (id) ON DELETE CASCADE,
    speaker_id   UUID NOT NULL,
    speaker_name TEXT NOT NULL,
    PRIMARY KEY (session_id, speaker_id)
);

