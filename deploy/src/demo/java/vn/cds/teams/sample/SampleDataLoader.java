package vn.cds.teams.sample;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.registry.domain.EstablishmentDecision;
import vn.cds.teams.registry.domain.MemberDetails;
import vn.cds.teams.registry.domain.Team;
import vn.cds.teams.registry.domain.TeamSize;
import vn.cds.teams.reporting.application.IndicatorService;
import vn.cds.teams.reporting.application.MonthlyReportService;
import vn.cds.teams.reporting.domain.MonthlyReport;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.domain.ReportingCalendar;
import vn.cds.teams.units.application.UnitChangeService;
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;
import vn.cds.teams.units.domain.UnitSuccession;

/**
 * Loads the sample data at start-up of the demo WAR, once: what exists already is left as it is, so a
 * restart on the same database changes nothing. People and phone numbers are invented (every given name carries
 * "Mẫu", every phone is 09000xxxxx).
 *
 * <p>On the {@code today} timeline it then carries Sơn La across 1 July 2025 the way a portal does, through the
 * application's own catalogue load and reorganisation (Sơn La's rows of the shared files, bundled): monthly reports
 * of the two complete communes in 2023-2025, Sơn La's units of March 2025, resolution 1681/NQ-UBTVQH15 (75 units,
 * the old communes' teams dissolved, village teams following their villages), the new Vân Hồ's and Song Khủa's
 * commune teams started from the dissolved ones and established, and their reports from July 2025.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SampleDataLoader {

    private static final Logger LOG = Logger.getLogger(SampleDataLoader.class.getName());
    private static final LocalDate DECISION_DATE = LocalDate.of(2022, 6, 17);
    private static final String[] FAMILY = {"Lò", "Hà", "Sồng", "Vì", "Mùa", "Nguyễn", "Đinh", "Lường", "Tòng", "Quàng"};
    private static final String[] GIVEN = {"Ánh", "Bình", "Chiến", "Dũng", "Đức", "Hoà", "Thuỷ", "Ểnh", "Sáng", "Ước"};

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    SampleData sampleData;

    @Inject
    UnitChangeService unitChanges;

    @Inject
    MonthlyReportService monthlyReports;

    @Inject
    IndicatorService indicators;

    @Inject
    vn.cds.teams.reporting.application.ReportingSettings settings;

    /** Months reported under the directive's structure, then under today's (each by the communes in force). */
    static final List<String> MONTHS_BEFORE = List.of("2023-05", "2023-06", "2024-05", "2024-06", "2025-05", "2025-06");
    static final List<String> MONTHS_AFTER = List.of("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12");
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final UnitSuccession.Resolution RESOLUTION = new UnitSuccession.Resolution("1681/NQ-UBTVQH15",
            LocalDate.of(2025, 6, 16), REFORM);
    static final String ACTOR = "sample-data";

    private int person;

    private TeamSize size;

    @PostConstruct
    void load() {
        AdministrativeUnit province = unit(SampleData.PROVINCE_CODE, SampleData.PROVINCE_NAME, UnitLevel.PROVINCE, null);
        AdministrativeUnit district = unit(SampleData.DISTRICT_CODE, SampleData.DISTRICT_NAME, UnitLevel.DISTRICT, province);
        SampleData.COMMUNES.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(entry -> {
            AdministrativeUnit commune = unit(entry.getKey(), entry.getValue(), UnitLevel.COMMUNE, district);
            if (entry.getKey().equals(SampleData.QUANG_MINH) && commune.villageTeamMinimum() == null) {
                commune.setVillageTeamMinimum(3);
            }
            for (int v = 1; v <= SampleData.VILLAGES_PER_COMMUNE; v++) {
                unit(SampleData.villageCode(entry.getKey(), v), "Bản mẫu " + v, UnitLevel.VILLAGE, commune);
            }
        });
        size = new TeamSize(RuleParameters.DEFAULT_MIN_TEAM_SIZE, RuleParameters.DEFAULT_MAX_TEAM_SIZE);
        for (String communeCode : SampleData.ESTABLISHED_COMMUNES) {
            AdministrativeUnit commune = em.find(AdministrativeUnit.class, communeCode);
            boolean hasTeams = em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.commune.code = :c", Long.class)
                    .setParameter("c", communeCode).getSingleResult() > 0;
            if (hasTeams) {
                continue;
            }
            establishedTeam(commune, commune, 7, size);
            int villageTeams = commune.villageTeamMinimum() != null ? commune.villageTeamMinimum()
                    : RuleParameters.DEFAULT_VILLAGE_TEAM_MINIMUM;
            for (int v = 1; v <= villageTeams; v++) {
                AdministrativeUnit village = em.find(AdministrativeUnit.class, SampleData.villageCode(communeCode, v));
                establishedTeam(village, commune, 5 + v % 2, size);
            }
        }
        if (!sampleData.today()) {
            LOG.info("Sample data in place: Sơn La, Vân Hồ district, 14 communes; demo users enabled");
            return;
        }
        long started = System.nanoTime();
        for (String communeCode : SampleData.ESTABLISHED_COMMUNES) {
            AdministrativeUnit commune = em.find(AdministrativeUnit.class, communeCode);
            MONTHS_BEFORE.forEach(month -> report(commune, month, "vanho.phong"));
        }
        unitChanges.loadCatalogue(SampleData.PROVINCE_CODE, null, SampleData.UNITS_2025_03,
                SampleData.resource(SampleData.UNITS_2025_03), false, ACTOR);
        unitChanges.reorganiseAsSystem(ACTOR, SampleData.PROVINCE_CODE, RESOLUTION, SampleData.MERGES_2025_07,
                SampleData.resource(SampleData.MERGES_2025_07), java.util.Map.of(), false);
        // The new communes' own teams, started from the members of the dissolved ones (R1, R3): Vân Hồ from the old
        // Vân Hồ's, Song Khủa from Quang Minh's.
        java.util.Map<String, String> communeFrom = java.util.Map.of("04048", "04048", "04006", SampleData.QUANG_MINH);
        for (var entry : new java.util.TreeMap<>(communeFrom).entrySet()) {
            AdministrativeUnit commune = today(entry.getKey());
            boolean hasTeam = em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.unit.code = :c AND t.level = :l",
                    Long.class).setParameter("c", commune.code()).setParameter("l", UnitLevel.COMMUNE)
                    .getSingleResult() > 0;
            if (!hasTeam) {
                Team dissolved = em.createQuery("SELECT t FROM Team t WHERE t.unit.code = :c AND t.level = :l",
                        Team.class).setParameter("c", entry.getValue()).setParameter("l", UnitLevel.COMMUNE)
                        .getSingleResult();
                Team team = Team.draft(commune, commune, commune.name(),
                        "https://zalo.me/g/mau" + commune.officialCode() + "moi");
                em.persist(team);
                LocalDate decided = LocalDate.of(2025, 7, 10);
                team.takeMembersOf(dissolved, size, REFORM, phone -> false);
                team.establish(EstablishmentDecision.of("25/QĐ-UBND", decided, "Chủ tịch UBND " + commune.name(),
                        ACTOR, decided));
                em.flush();
            }
            MONTHS_AFTER.forEach(month -> report(commune, month, "sonla.so"));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Sample data in place: Sơn La as the directive knew it, carried across 1 July 2025 ("
                + SampleData.TODAYS_COMMUNES.size() + " units of today) in " + millis + " ms; demo users enabled");
    }

    /** The commune of that code in force on the reform's day. */
    private AdministrativeUnit today(String code) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.officialCode = :code AND u.level = :l"
                + " AND u.validFrom = :day", AdministrativeUnit.class).setParameter("code", code)
                .setParameter("l", UnitLevel.COMMUNE).setParameter("day", REFORM).getSingleResult();
    }

    /** A commune's month, submitted on time with the registry's figures of then and accepted by its receiver. */
    private void report(AdministrativeUnit commune, String month, String receiver) {
        boolean exists = em.createQuery("SELECT COUNT(r) FROM MonthlyReport r WHERE r.communeCode = :c"
                + " AND r.period = :p", Long.class).setParameter("c", commune.code()).setParameter("p", month)
                .getSingleResult() > 0;
        if (exists) {
            return;
        }
        Period period = Period.parse(month);
        ReportingCalendar calendar = settings.calendar();
        MonthlyReport report = MonthlyReport.draft(commune.code(), period, calendar);
        int seed = Math.abs((commune.officialCode() + month).hashCode());
        java.util.Map<String, Long> values = new java.util.TreeMap<>();
        int i = 0;
        for (String code : new java.util.TreeSet<>(indicators.activeCodes())) {
            values.put(code, (long) (seed >> i++) % 40 + 5);
        }
        report.edit(values, "Số liệu mẫu tháng " + month.substring(5) + "/" + month.substring(0, 4), List.of(),
                indicators.activeCodes());
        LocalDate submitted = calendar.windowEnd(period).plusDays(1);
        java.time.Instant at = submitted.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        report.submit(monthlyReports.figures(commune), calendar.dueBefore(period, null), at, submitted,
                SampleData.slug(commune.name()) + ".canbo");
        report.accept(at.plus(java.time.Duration.ofDays(2)), receiver);
        em.persist(report);
        em.flush();
    }

    private AdministrativeUnit unit(String code, String name, UnitLevel level, AdministrativeUnit parent) {
        AdministrativeUnit unit = em.find(AdministrativeUnit.class, code);
        if (unit == null) {
            unit = AdministrativeUnit.create(code, name, level, parent);
            em.persist(unit);
            // parent_code is a plain column, so EclipseLink cannot order the inserts by it: write each at once.
            em.flush();
        }
        return unit;
    }

    private void establishedTeam(AdministrativeUnit unit, AdministrativeUnit commune, int members, TeamSize size) {
        boolean communeTeam = unit.level() == UnitLevel.COMMUNE;
        Team team = Team.draft(unit, commune, unit.name(),
                "https://zalo.me/g/mau" + unit.code().replace("-", ""));
        em.persist(team);
        List<String> positions = communeTeam
                ? List.of("Bí thư Đoàn xã", "Trưởng Công an xã", "Giáo viên", "Công chức Văn hoá - Xã hội",
                        "Nhân viên bưu điện", "Y sĩ trạm y tế", "Nhân viên Viettel")
                : List.of("Trưởng bản", "Bí thư Chi đoàn bản", "Giáo viên", "Nhân viên y tế bản", "Người dân",
                        "Công an viên");
        List<Profession> professions = communeTeam
                ? List.of(Profession.OFFICIAL, Profession.POLICE, Profession.TEACHER, Profession.OFFICIAL,
                        Profession.TELECOM, Profession.HEALTH_WORKER, Profession.TELECOM)
                : List.of(Profession.OTHER, Profession.OTHER, Profession.TEACHER, Profession.HEALTH_WORKER,
                        Profession.OTHER, Profession.POLICE);
        for (int i = 0; i < members; i++) {
            MemberRole role = i == 0 ? MemberRole.LEADER : i == 1 ? MemberRole.DEPUTY : MemberRole.MEMBER;
            team.addMember(MemberDetails.of(nextName(), String.format("09000%05d", person), positions.get(i), role,
                    professions.get(i)), size, DECISION_DATE);
        }
        team.establish(EstablishmentDecision.of(String.format("%d/QĐ-UBND", 100 + person % 90), DECISION_DATE,
                "Chủ tịch UBND " + commune.name(), "sample-data", DECISION_DATE));
    }

    private String nextName() {
        int n = person++;
        String middle = n % 2 == 0 ? "Văn" : "Thị";
        return FAMILY[n % FAMILY.length] + " " + middle + " Mẫu " + GIVEN[(n / FAMILY.length + n) % GIVEN.length];
    }
}
