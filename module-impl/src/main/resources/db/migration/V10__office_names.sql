-- The names a province's reports print and its pages show, for a period: the programme ("Tổ chuyển đổi số cộng
-- đồng" in the directive, "Tổ công nghệ số cộng đồng" nationally), the province's receiving office (Sở Thông tin
-- và Truyền thông, since 1/3/2025 Sở Khoa học và Công nghệ), the district's (none since 1/7/2025) and the
-- commune's. A province without rows has the national timeline.
CREATE TABLE office_names (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    province_code    VARCHAR(20)  NOT NULL REFERENCES administrative_unit (code),
    valid_from       DATE,
    valid_to         DATE,
    programme_name   VARCHAR(200) NOT NULL,
    province_office  VARCHAR(200) NOT NULL,
    district_office  VARCHAR(200),
    commune_office   VARCHAR(200) NOT NULL
);
CREATE INDEX ix_office_names_province ON office_names (province_code);
