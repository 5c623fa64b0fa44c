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
import vn.cds.teams.units.domain.AdministrativeUnit;
import vn.cds.teams.units.domain.RuleParameters;

/**
 * Loads the sample data at start-up in sample-data mode, once: what exists already is left as it is, so a
 * restart on the same database changes nothing. People and phone numbers are invented (every given name carries
 * "Mẫu", every phone is 09000xxxxx).
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

    private int person;

    @PostConstruct
    void load() {
        if (!sampleData.enabled()) {
            return;
        }
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
        TeamSize size = new TeamSize(RuleParameters.DEFAULT_MIN_TEAM_SIZE, RuleParameters.DEFAULT_MAX_TEAM_SIZE);
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
        LOG.info("Sample data in place: Sơn La, Vân Hồ district, 14 communes; demo users enabled");
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
