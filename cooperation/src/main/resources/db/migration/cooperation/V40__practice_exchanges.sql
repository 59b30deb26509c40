-- Practice exchanges (« échanges de pratiques ») between member structures: who facilitated, who attended, notes and
-- links, found again by a French full-text search over the topic and the notes.

CREATE TABLE cooperation.practice_exchange
(
    id                    UUID PRIMARY KEY,
    held_on               DATE          NOT NULL,
    topic                 TEXT          NOT NULL CHECK (length(btrim(topic)) > 0),
    facilitator_name      TEXT          NOT NULL,
    facilitator_member_id UUID          NOT NULL REFERENCES cooperation.member (id),
    hours                 NUMERIC(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
    notes                 TEXT,
    version               BIGINT        NOT NULL
);
CREATE INDEX practice_exchange_held_on_idx ON cooperation.practice_exchange (held_on DESC);

-- The words of the topic and the notes, stemmed by PostgreSQL's French dictionary (« mutualiser » finds
-- « mutualisation »). The search query repeats this exact expression so that the planner uses this index.
CREATE INDEX practice_exchange_search_idx ON cooperation.practice_exchange
    USING gin (to_tsvector('french', topic || ' ' || coalesce(notes, '')));

-- The attending member structures (a set: Spring Data JDBC rewrites it on every save of the exchange).
CREATE TABLE cooperation.practice_exchange_attendee
(
    practice_exchange_id UUID NOT NULL REFERENCES cooperation.practice_exchange (id) ON DELETE CASCADE,
    member_id            UUID NOT NULL REFERENCES cooperation.member (id),
    PRIMARY KEY (practice_exchange_id, member_id)
);
CREATE INDEX practice_exchange_attendee_member_idx ON cooperation.practice_exchange_attendee (member_id);

-- Resources attached to the exchange: web links, in the order typed.
CREATE TABLE cooperation.practice_exchange_link
(
    practice_exchange_id UUID    NOT NULL REFERENCES cooperation.practice_exchange (id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    title                TEXT    NOT NULL,
    url                  TEXT    NOT NULL CHECK (url ~* '^https?://'),
    PRIMARY KEY (practice_exchange_id, position)
);
