package vn.cds.teams.reporting.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cds.teams.api.reporting.ConsolidationLevel;
import vn.cds.teams.common.time.Clocks;
import vn.cds.teams.reporting.domain.Period;
import vn.cds.teams.reporting.infrastructure.ConsolidationJobs;
import vn.cds.teams.reporting.infrastructure.ConsolidationClaims;
import vn.cds.teams.reporting.infrastructure.ConsolidationSources;

/**
 * R12 on a timetable: every district's consolidation on the 20th, every province's on the 25th, at the configured
 * hour (Vietnam time), for the month in progress, each as one sweep over the level's units. Non-persistent timers,
 * so every instance of a cluster fires; each (level, period) first takes a permanent database claim, so only one
 * instance starts the sweep, and the sweep claims each (job, unit, period) as a run of its own would. A watchdog timer
 * on every instance resumes the runs of instances that died (their claims went stale).
 *
 * <p>Bean-managed transactions: the timer runs outside any transaction, and a job started from here may look up
 * {@code java:comp/UserTransaction} in its own thread (Jakarta Batch's chunk transactions do), which the EJB
 * container refuses to a container-managed bean's invocation ("not allowed for Container managed Transaction
 * beans"; seen when a timer-started job and a request-started job shared a batch thread).
 */
@Singleton
@Startup
// Its timers may fire at once (a test's every-ten-seconds schedule): not before the schema exists.
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ConsolidationScheduler {

    private static final Logger LOG = Logger.getLogger(ConsolidationScheduler.class.getName());
    private static final String SCHEDULED = "@schedule";
    private static final String WATCHDOG = "WATCHDOG";

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    ReportingSettings settings;

    @Inject
    ConsolidationSources sources;

    @Inject
    ConsolidationClaims claims;

    @Inject
    ConsolidationLauncher launcher;

    @PostConstruct
    void schedule() {
        timer(ConsolidationLevel.DISTRICT, settings.districtDay());
        timer(ConsolidationLevel.PROVINCE, settings.provinceDay());
        long every = 1000L * settings.watchdogSeconds();
        timers.createIntervalTimer(every, every, new TimerConfig(WATCHDOG, false));
    }

    private void timer(ConsolidationLevel level, String day) {
        ScheduleExpression when = new ScheduleExpression().dayOfMonth(day).hour(settings.hour())
                .minute(settings.minute()).second(settings.second()).timezone(Clocks.VIETNAM.getId());
        timers.createCalendarTimer(when, new TimerConfig(level.name(), false));
        LOG.info(() -> level + " consolidations scheduled: day " + day + ", hour " + settings.hour() + ", minute "
                + settings.minute() + " (" + Clocks.VIETNAM.getId() + ")");
    }

    @Timeout
    void fire(Timer timer) {
        if (WATCHDOG.equals(timer.getInfo())) {
            try {
                launcher.resumeOrphans("watchdog@" + instanceName());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Looking for consolidations of dead instances failed", e);
            }
            return;
        }
        ConsolidationLevel level = ConsolidationLevel.valueOf((String) timer.getInfo());
        run(level, Period.of(LocalDate.now(clock)));
    }

    /** This instance in logs and audit: its host name and process id, standard Java, no server API. */
    private static String instanceName() {
        return ProcessHandle.current().pid() + "@" + hostName();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /**
     * Starts one sweep over every unit of the level, if this instance wins the period's scheduled claim (one row
     * per level and period: however many instances fire, one sweep runs). Returns the units it consolidates.
     */
    public int run(ConsolidationLevel level, Period period) {
        int started = 0;
        try {
            List<String> units = sources.unitsOfLevel(level, null, period);
            // No unit of the level yet (units still being loaded, or a province without districts): no claim, so
            // that a later firing of the month still sweeps. The claim is permanent: it would keep the month empty.
            if (units.isEmpty()) {
                LOG.info(() -> "Scheduled " + level + " consolidations for " + period + ": no unit of the level");
                return 0;
            }
            // One claim, under the unit code that stands for every unit of the level.
            if (claims.insert(ConsolidationJobs.of(level) + SCHEDULED, ConsolidationJobs.EVERY_UNIT, period,
                    "scheduled", "timer")) {
                started = launcher.launchScheduledSweep(level, period, units, "timer");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled " + level + " consolidations of " + period + " not started", e);
        }
        int count = started;
        LOG.info(() -> "Scheduled " + level + " consolidations for " + period + ": " + count + " started here");
        return started;
    }
}
