-- Incubation paths (« parcours ») and their yearly intakes (« promotions »).
CREATE TABLE accompaniment.programme (
    id                 UUID PRIMARY KEY,
    name               TEXT   NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description        TEXT,
    milestone_template TEXT[] NOT NULL DEFAULT '{}',
    version            BIGINT NOT NULL
);
CREATE UNIQUE INDEX programme_name_unique ON accompaniment.programme (lower(name));

CREATE TABLE accompaniment.cohort (
    id               UUID PRIMARY KEY,
    programme_id     UUID    NOT NULL REFERENCES accompaniment.programme (id),
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    starts_on        DATE    NOT NULL,
    ends_on          DATE    NOT NULL,
    capacity         INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    -- Seats taken by admitted projects, counted under a lock on this row: never beyond the capacity.
    admitted         INTEGER NOT NULL DEFAULT 0,
    call_status      TEXT    NOT NULL,
    call_opens_on    DATE,
    call_closes_on   DATE,
    jury_on          DATE,
    call_criteria    TEXT[]  NOT NULL DEFAULT '{}',
    version          BIGINT  NOT NULL,
    CONSTRAINT cohort_dates_in_order CHECK (ends_on > starts_on),
    CONSTRAINT cohort_admitted_within_capacity CHECK (admitted BETWEEN 0 AND capacity)
);
CREATE INDEX cohort_programme ON accompaniment.cohort (programme_id, starts_on DESC);

-- The network's two paths exist from the start; coordinators add others.
INSERT INTO accompaniment.programme (id, name, description, milestone_template, version) VALUES
  ('7b0e8a52-3f43-4d0e-9c55-1a2b3c4d5e01', 'Incubateur',
   'L''incubateur annuel, de septembre à juin : une promotion d''une dizaine de projets collectifs.',
   ARRAY['Analyse des besoins', 'Modèle économique', 'Forme juridique choisie', 'Plan de financement', 'Premiers clients'], 0),
  ('7b0e8a52-3f43-4d0e-9c55-1a2b3c4d5e02', 'Entreprendre la ruralité',
   'Le parcours « Entreprendre la ruralité », à Morcenx-la-Nouvelle.',
   ARRAY['Analyse des besoins', 'Modèle économique', 'Forme juridique choisie', 'Plan de financement', 'Premiers clients'], 0);
