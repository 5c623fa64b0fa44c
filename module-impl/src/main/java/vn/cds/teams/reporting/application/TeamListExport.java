package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.security.Jurisdiction;
import vn.cds.teams.reports.DocumentFrame;
import vn.cds.teams.reports.ReportFormat;
import vn.cds.teams.reports.SignatureSpot;
import vn.cds.teams.reports.TeamListHeader;
import vn.cds.teams.reports.TeamListReport;
import vn.cds.teams.reports.TeamListRow;
import vn.cds.teams.units.application.UnitService;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * Form F1, "Danh sách Tổ chuyển đổi số cộng đồng xã, bản, tiểu khu", for a commune, district or province: rows are
 * read from the database page by page while the report is written, so a country's list never sits in memory.
 */
@ApplicationScoped
public class TeamListExport {

    static final int PAGE = 2_000;
    private static final String SELECT = "SELECT t.name, m.person.fullName, m.person.phone, m.person.position, c.name,"
            + " c.parentCode"
            + " FROM Team t JOIN t.unit u JOIN t.commune c"
            + " LEFT JOIN t.members m ON m.role = :leader AND m.leftOn IS NULL"
            + " WHERE u.path LIKE :unitPath AND (t.status <> :dissolved OR t.dissolution.dissolvedOn > :day) AND ";

    /** Thread-safe; loads the compiled template once. */
    private final TeamListReport report = new TeamListReport();

    @PersistenceContext(unitName = "cds")
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    OfficeNamesService officeNames;

    /** What the caller may download: the unit, checked against the jurisdiction before anything is written. */
    /**
     * @param on the day whose unit and teams the list shows (a team dissolved later is still listed), or null for
     *           today
     */
    public Export prepare(String unitCode, LocalDate on) {
        AdministrativeUnit unit = units.require(unitCode, on);
        LocalDate day = on == null ? units.today() : on;
        Jurisdiction.Restriction restriction = jurisdiction.restrict("u.path");
        String jpql = SELECT + restriction.condition() + " ORDER BY c.path, t.level, t.nameSort, t.id";
        // A fresh query per page: the response is written after this request's transaction-less calls return.
        Supplier<TypedQuery<Object[]>> query = () -> restriction.bind(em.createQuery(jpql, Object[].class)
                .setParameter("leader", MemberRole.LEADER)
                .setParameter("dissolved", TeamStatus.DISSOLVED).setParameter("day", day)
                .setParameter("unitPath", unit.path() + "%"));
        // District names for the sub-headings of a province's list: a few hundred at most, read once.
        Map<String, String> districts = new HashMap<>();
        if (unit.level() == UnitLevel.PROVINCE) {
            em.createQuery("SELECT u.code, u.name FROM AdministrativeUnit u WHERE u.level = :district"
                    + " AND u.path LIKE :unitPath", Object[].class)
                    .setParameter("district", UnitLevel.DISTRICT).setParameter("unitPath", unit.path() + "%")
                    .getResultList().forEach(row -> districts.put((String) row[0], (String) row[1]));
        }
        return new Export(unit, query, districts, title(unit, day));
    }

    /**
     * The list's title: the programme's name of the province on that day (its dated settings), and the words of
     * its units ("phường, tổ dân phố" for a ward, "đặc khu" for a special zone, the directive's "xã, bản, tiểu khu"
     * otherwise).
     */
    private String title(AdministrativeUnit unit, LocalDate day) {
        String programme = officeNames.on(unit.provinceCode(), day).programmeName();
        String units = unit.type() == null ? "xã, bản, tiểu khu" : switch (unit.type()) {
            case WARD -> "phường, tổ dân phố";
            case SPECIAL_ZONE -> "đặc khu";
            default -> "xã, bản, tiểu khu";
        };
        return "Danh sách " + programme + " " + units;
    }

    /** A prepared list: written by {@link #write} when the response body is sent. */
    public final class Export {
        private final AdministrativeUnit unit;
        private final Supplier<TypedQuery<Object[]>> query;
        private final Map<String, String> districts;
        private final String title;

        Export(AdministrativeUnit unit, Supplier<TypedQuery<Object[]>> query, Map<String, String> districts,
               String title) {
            this.unit = unit;
            this.query = query;
            this.districts = districts;
            this.title = title;
        }

        public AdministrativeUnit unit() {
            return unit;
        }

        /** "Danh sách Tổ CĐS Xã Quang Minh.pdf"; the resource adds an ASCII fallback. */
        public String fileName(ReportFormat format) {
            return "Danh sách Tổ CĐS " + unit.name() + "." + format.fileExtension();
        }

        /**
         * @param frame the issuing body, number, date, signer and recipients (a draft's or an issued one's)
         * @return where a PDF has room for a visible signature; null for XLSX
         */
        public SignatureSpot write(DocumentFrame frame, ReportFormat format, OutputStream out) {
            return report.render(new TeamListHeader(frame, null, title), new PagedRows(query, unit.level(), districts), format, out);
        }
    }

    /** Rows one page of the query at a time; sub-headings (commune, district) only above commune level. */
    private static final class PagedRows implements Iterator<TeamListRow> {
        private final Supplier<TypedQuery<Object[]>> query;
        private final boolean communeHeadings;
        private final Map<String, String> districts;
        private List<Object[]> page = List.of();
        private int index;
        private int offset;
        private boolean exhausted;

        PagedRows(Supplier<TypedQuery<Object[]>> query, UnitLevel level, Map<String, String> districts) {
            this.query = query;
            this.communeHeadings = level == UnitLevel.PROVINCE || level == UnitLevel.DISTRICT;
            this.districts = districts;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            page = query.get().setFirstResult(offset).setMaxResults(PAGE).getResultList();
            offset += page.size();
            index = 0;
            exhausted = page.size() < PAGE;
            return !page.isEmpty();
        }

        @Override
        public TeamListRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Object[] r = page.get(index++);
            return new TeamListRow(districts.get((String) r[5]), communeHeadings ? (String) r[4] : null,
                    (String) r[0], (String) r[1], (String) r[2], (String) r[3]);
        }
    }
}
