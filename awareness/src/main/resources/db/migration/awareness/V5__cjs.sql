-- The Coopérative Jeunesse de Services: editions, cooperants behind the minors' gate, services sold, hours worked.
CREATE TABLE awareness.cjs_edition (
    id           UUID PRIMARY KEY,
    name         TEXT NOT NULL,
    commune_code TEXT NOT NULL,
    starts_on    DATE NOT NULL,
    ends_on      DATE NOT NULL,
    CONSTRAINT cjs_edition_dates_in_order CHECK (ends_on >= starts_on)
);

CREATE TABLE awareness.cjs_cooperant (
    id                        UUID PRIMARY KEY,
    edition_id                UUID    NOT NULL REFERENCES awareness.cjs_edition (id),
    first_name                TEXT    NOT NULL,
    last_name                 TEXT    NOT NULL,
    birth_date                DATE    NOT NULL,
    authorisation_signatory   TEXT,
    authorisation_signed_on   DATE,
    authorisation_expires_on  DATE,
    image_rights_allowed      BOOLEAN,
    image_rights_chosen_on    DATE,
    image_rights_expires_on   DATE,
    CONSTRAINT cjs_authorisation_whole CHECK ((authorisation_signatory IS NULL) = (authorisation_expires_on IS NULL)
        AND (authorisation_signed_on IS NULL) = (authorisation_expires_on IS NULL)),
    CONSTRAINT cjs_image_rights_whole CHECK ((image_rights_allowed IS NULL) = (image_rights_expires_on IS NULL)
        AND (image_rights_chosen_on IS NULL) = (image_rights_expires_on IS NULL))
);
CREATE INDEX cjs_cooperant_edition ON awareness.cjs_cooperant (edition_id);

-- The signed parental authorisation, a PDF or an image checked by its first bytes, at most 5 MB.
CREATE TABLE awareness.cjs_authorisation_document (
    cooperant_id UUID PRIMARY KEY REFERENCES awareness.cjs_cooperant (id),
    file_name    TEXT  NOT NULL,
    content_type TEXT  NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    content      BYTEA NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880)
);

CREATE TABLE awareness.cjs_sale (
    id          UUID PRIMARY KEY,
    edition_id  UUID           NOT NULL REFERENCES awareness.cjs_edition (id),
    client      TEXT           NOT NULL,
    description TEXT           NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    sold_on     DATE           NOT NULL
);
CREATE INDEX cjs_sale_edition ON awareness.cjs_sale (edition_id);

CREATE TABLE awareness.cjs_hours (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id      UUID          NOT NULL REFERENCES awareness.cjs_sale (id),
    cooperant_id UUID          NOT NULL REFERENCES awareness.cjs_cooperant (id),
    hours        NUMERIC(5, 2) NOT NULL CHECK (hours > 0 AND hours <= 12)
);
CREATE INDEX cjs_hours_cooperant ON awareness.cjs_hours (cooperant_id);
