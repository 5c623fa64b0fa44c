-- Monthly reports (R12), their indicator catalogue (R9, R10), campaigns (R13, R14) and consolidations.
-- Portable SQL for H2 2.2 and PostgreSQL 15: ids are UUID strings made by the application, no IDENTITY, no CLOB.

CREATE TABLE indicator (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(300) NOT NULL,
    field      VARCHAR(20)  NOT NULL,
    sort_order INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL
);

-- The directive's defaults (R9, R10); a province officer edits them through the API.
INSERT INTO indicator (code, version, name, field, sort_order, active) VALUES
 ('DG_ONLINE_SERVICES_GUIDED', 0, 'Số người được hướng dẫn sử dụng dịch vụ công trực tuyến', 'DIGITAL_GOVERNMENT', 10, TRUE),
 ('DG_ONLINE_APPLICATIONS', 0, 'Số hồ sơ trực tuyến được nộp với sự hỗ trợ của Tổ', 'DIGITAL_GOVERNMENT', 20, TRUE),
 ('DE_ECOMMERCE_GUIDED', 0, 'Số hộ gia đình, doanh nghiệp được hướng dẫn tham gia sàn thương mại điện tử', 'DIGITAL_ECONOMY', 30, TRUE),
 ('DE_EPAYMENT_ACCOUNTS', 0, 'Số tài khoản thanh toán điện tử được mở', 'DIGITAL_ECONOMY', 40, TRUE),
 ('DE_PRODUCTS_ONLINE', 0, 'Số sản phẩm được đưa lên mạng', 'DIGITAL_ECONOMY', 50, TRUE),
 ('DS_DIGITAL_SERVICES_GUIDED', 0, 'Số người được hướng dẫn cài đặt, sử dụng dịch vụ số về y tế, giáo dục, an sinh xã hội', 'DIGITAL_SOCIETY', 60, TRUE),
 ('PROPAGANDA_SESSIONS', 0, 'Số buổi tuyên truyền về chuyển đổi số', 'GENERAL', 70, TRUE);

CREATE TABLE monthly_report (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    commune_code         VARCHAR(20)   NOT NULL REFERENCES administrative_unit (code),
    period               VARCHAR(7)    NOT NULL,
    status               VARCHAR(12)   NOT NULL,
    notes                VARCHAR(4000),
    window_start         DATE          NOT NULL,
    window_end           DATE          NOT NULL,
    due_before           DATE,
    submitted_at         TIMESTAMP,
    submitted_by         VARCHAR(200),
    late                 BOOLEAN       NOT NULL,
    teams                INTEGER,
    members              INTEGER,
    incomplete_teams     INTEGER,
    village_teams        INTEGER,
    village_team_minimum INTEGER,
    teachers             INTEGER,
    return_reason        VARCHAR(1000),
    decided_by           VARCHAR(200),
    decided_at           TIMESTAMP,
    created_at           TIMESTAMP     NOT NULL,
    CONSTRAINT uq_monthly_report UNIQUE (commune_code, period)
);
CREATE INDEX ix_monthly_report_period ON monthly_report (period, commune_code);

CREATE TABLE monthly_report_value (
    report_id      VARCHAR(36) NOT NULL REFERENCES monthly_report (id) ON DELETE CASCADE,
    indicator_code VARCHAR(40) NOT NULL,
    amount         BIGINT      NOT NULL
);
CREATE INDEX ix_monthly_report_value ON monthly_report_value (report_id);

CREATE TABLE monthly_report_commendation (
    report_id   VARCHAR(36)   NOT NULL REFERENCES monthly_report (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    nominee     VARCHAR(200)  NOT NULL,
    nominee_kind VARCHAR(10)  NOT NULL,
    unit_name   VARCHAR(200),
    achievement VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_monthly_report_commendation ON monthly_report_commendation (report_id);

CREATE TABLE campaign (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    unit_code       VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    unit_path       VARCHAR(200) NOT NULL,
    name            VARCHAR(300) NOT NULL,
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    due_before      DATE,
    deadline_period VARCHAR(7)
);
CREATE INDEX ix_campaign_deadline ON campaign (deadline_period);

-- One row per run of a consolidation job; the latest completed revision of (unit, period) is the one that counts.
CREATE TABLE consolidation (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    unit_code        VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    unit_level       VARCHAR(10)  NOT NULL,
    period           VARCHAR(7)   NOT NULL,
    revision         INTEGER      NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    execution_id     BIGINT,
    source_count     INTEGER      NOT NULL,
    expected         INTEGER,
    received         INTEGER,
    on_time          INTEGER,
    late             INTEGER,
    teams            INTEGER,
    members          INTEGER,
    incomplete_teams INTEGER,
    teachers         INTEGER,
    started_by       VARCHAR(200) NOT NULL,
    started_at       TIMESTAMP    NOT NULL,
    completed_at     TIMESTAMP,
    CONSTRAINT uq_consolidation_revision UNIQUE (unit_code, period, revision)
);

-- What each source (a commune, or a district's latest consolidation) contributed: written once per source by the
-- chunk step (a restart rewrites a source instead of adding it twice), summed by the last step.
CREATE TABLE consolidation_line (
    consolidation_id VARCHAR(36) NOT NULL REFERENCES consolidation (id) ON DELETE CASCADE,
    source_code      VARCHAR(20) NOT NULL,
    expected         INTEGER     NOT NULL,
    received         INTEGER     NOT NULL,
    on_time          INTEGER     NOT NULL,
    late             INTEGER     NOT NULL,
    teams            INTEGER     NOT NULL,
    members          INTEGER     NOT NULL,
    incomplete_teams INTEGER     NOT NULL,
    teachers         INTEGER     NOT NULL,
    PRIMARY KEY (consolidation_id, source_code)
);

CREATE TABLE consolidation_line_value (
    consolidation_id VARCHAR(36) NOT NULL REFERENCES consolidation (id) ON DELETE CASCADE,
    source_code      VARCHAR(20) NOT NULL,
    indicator_code   VARCHAR(40) NOT NULL,
    amount           BIGINT      NOT NULL,
    PRIMARY KEY (consolidation_id, source_code, indicator_code)
);

CREATE TABLE consolidation_missing (
    consolidation_id VARCHAR(36) NOT NULL REFERENCES consolidation (id) ON DELETE CASCADE,
    source_code      VARCHAR(20) NOT NULL,
    unit_code        VARCHAR(20) NOT NULL,
    PRIMARY KEY (consolidation_id, unit_code)
);

CREATE TABLE consolidation_total (
    consolidation_id VARCHAR(36) NOT NULL REFERENCES consolidation (id) ON DELETE CASCADE,
    indicator_code   VARCHAR(40) NOT NULL,
    amount           BIGINT      NOT NULL,
    PRIMARY KEY (consolidation_id, indicator_code)
);

-- Cluster-safe start: one row per (job, unit, period). A run claims it by inserting it, or by taking it over once
-- released (or stale); two instances whose timers fire together cannot both hold it. Scheduled runs also insert
-- a permanent claim ('...@schedule'), so a period's scheduled run happens once however many instances fire.
CREATE TABLE consolidation_claim (
    job_name     VARCHAR(60)  NOT NULL,
    unit_code    VARCHAR(20)  NOT NULL,
    period       VARCHAR(7)   NOT NULL,
    holder       VARCHAR(36),
    claimed_at   TIMESTAMP    NOT NULL,
    claimed_by   VARCHAR(200) NOT NULL,
    PRIMARY KEY (job_name, unit_code, period)
);
