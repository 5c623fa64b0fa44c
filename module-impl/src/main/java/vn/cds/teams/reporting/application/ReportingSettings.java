package vn.cds.teams.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cds.teams.reporting.domain.ReportingCalendar;

/**
 * MicroProfile Config of monthly reporting: {@code cds.monthly.window-start-day} (15) and {@code cds.monthly.due-day}
 * (20) make the calendar (Decree 09/2019, R12); {@code cds.consolidation.district-day} (20),
 * {@code cds.consolidation.province-day} (25) and {@code cds.consolidation.hour} (1, Vietnam time) schedule the
 * consolidations; {@code cds.consolidation.chunk-size} (100) is the sources per checkpoint of a unit's run,
 * {@code cds.consolidation.sweep-chunk-size} (250) the units per chunk of a sweep (a national month: 250 and 700
 * took the same time, 100 a quarter more; docs/BENCHMARKS.md).
 */
@ApplicationScoped
public class ReportingSettings {

    @Inject
    @ConfigProperty(name = "cds.monthly.window-start-day", defaultValue = "15")
    int windowStartDay;

    @Inject
    @ConfigProperty(name = "cds.monthly.due-day", defaultValue = "20")
    int dueDay;

    /** EJB calendar syntax (ScheduleExpression), so "20", "L" or, for a test, "*" all work. */
    @Inject
    @ConfigProperty(name = "cds.consolidation.district-day", defaultValue = "20")
    String districtDay;

    @Inject
    @ConfigProperty(name = "cds.consolidation.province-day", defaultValue = "25")
    String provinceDay;

    @Inject
    @ConfigProperty(name = "cds.consolidation.hour", defaultValue = "1")
    String hour;

    /** Minute and second of the runs: "0" unless a test wants them often (every ten seconds, say). */
    @Inject
    @ConfigProperty(name = "cds.consolidation.minute", defaultValue = "0")
    String minute;

    @Inject
    @ConfigProperty(name = "cds.consolidation.second", defaultValue = "0")
    String second;

    @Inject
    @ConfigProperty(name = "cds.consolidation.chunk-size", defaultValue = "100")
    int chunkSize;

    @Inject
    @ConfigProperty(name = "cds.consolidation.sweep-chunk-size", defaultValue = "250")
    int sweepChunkSize;

    /**
     * A running consolidation renews its claim with every chunk; a claim not renewed for this many seconds belongs
     * to a run whose instance died, and another instance takes it over (and resumes the run).
     */
    @Inject
    @ConfigProperty(name = "cds.consolidation.claim-stale-seconds", defaultValue = "300")
    int claimStaleSeconds;

    /** How often each instance looks for runs of dead instances to resume, in seconds. */
    @Inject
    @ConfigProperty(name = "cds.consolidation.watchdog-seconds", defaultValue = "60")
    int watchdogSeconds;

    public ReportingCalendar calendar() {
        return new ReportingCalendar(windowStartDay, dueDay);
    }

    public String districtDay() {
        return districtDay;
    }

    public String provinceDay() {
        return provinceDay;
    }

    public String hour() {
        return hour;
    }

    public String minute() {
        return minute;
    }

    public String second() {
        return second;
    }

    public int chunkSize() {
        return Math.max(1, chunkSize);
    }

    public int sweepChunkSize() {
        return Math.max(1, sweepChunkSize);
    }

    public int claimStaleSeconds() {
        return Math.max(1, claimStaleSeconds);
    }

    public int watchdogSeconds() {
        return Math.max(1, watchdogSeconds);
    }
}
