-- Official documents (Decree 30/2020): who signs a unit's documents, the register's counters, the register and
-- the issued files.

CREATE TABLE document_settings (
    id           VARCHAR(40)   NOT NULL PRIMARY KEY,
    unit_code    VARCHAR(20)   NOT NULL REFERENCES administrative_unit (code),
    kind         VARCHAR(4)    NOT NULL,
    version      BIGINT        NOT NULL,
    on_behalf_of VARCHAR(100),
    authority    VARCHAR(8)    NOT NULL,
    head_title   VARCHAR(100),
    signer_title VARCHAR(100),
    signer_name  VARCHAR(100),
    recipients   VARCHAR(4100) NOT NULL,
    archive      VARCHAR(200)  NOT NULL,
    CONSTRAINT uq_document_settings UNIQUE (unit_code, kind)
);

-- One row per issuing unit, calendar year and kind; the row is locked while a number is taken.
CREATE TABLE document_counter (
    id          VARCHAR(40) NOT NULL PRIMARY KEY,
    last_number INTEGER     NOT NULL
);

CREATE TABLE issued_document (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_code  VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    kind       VARCHAR(4)   NOT NULL,
    issue_year INTEGER      NOT NULL,
    doc_number INTEGER      NOT NULL,
    symbol     VARCHAR(40)  NOT NULL,
    period     VARCHAR(7),
    issued_on  DATE         NOT NULL,
    issued_at  TIMESTAMP    NOT NULL,
    issued_by  VARCHAR(200) NOT NULL,
    file_name  VARCHAR(300) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    file_size  BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    -- The register's promise: no number twice, whatever the application does.
    CONSTRAINT uq_issued_document_number UNIQUE (unit_code, issue_year, kind, doc_number)
);

CREATE INDEX ix_issued_document_unit ON issued_document (unit_code, issue_year);

CREATE TABLE issued_document_file (
    id      VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES issued_document (id),
    content BYTEA       NOT NULL
);
