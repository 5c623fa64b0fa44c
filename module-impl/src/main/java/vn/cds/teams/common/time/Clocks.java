package vn.cds.teams.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every service asks for "now" and "today": the system's, in Vietnam's time zone (a commune's day and
 * month begin at midnight in Hà Nội, whatever the server's zone). Tests replace it with an alternative producer
 * added to the archive, so that a month, a deadline or a timer's "this month" is the one the test chose.
 */
@ApplicationScoped
public class Clocks {

    /** The zone of every calendar date in the module. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final Clock SYSTEM = Clock.system(VIETNAM);

    @Produces
    @Dependent
    Clock clock() {
        return SYSTEM;
    }
}
