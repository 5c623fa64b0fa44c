package vn.cds.teams.it;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cds.teams.common.time.Clocks;

/**
 * The tests' clock, added to a deployed WAR by {@link Deployments} for a class with a {@link ClockAt} (never part of
 * a built WAR): it replaces the module's {@code Clocks} producer, and reads the Vietnam local time the deployment's
 * configuration names ({@code cds.test.clock.start}, e.g. {@code 2026-11-20T10:00}) at the real instant the archive
 * was made ({@code cds.test.clock.made}), then ticks with the system's clock; so the instances of a cluster started
 * from one archive read the same time. Every "now", "today" and the timers' "this month" is then the test's, whatever the
 * real date. A login token's expiry is not read from it: tokens are made with the real time.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    static final String START = "cds.test.clock.start";
    static final String MADE = "cds.test.clock.made";

    private Clock clock;

    @PostConstruct
    void start() {
        LocalDateTime start = LocalDateTime.parse(ConfigProvider.getConfig().getValue(START, String.class));
        Instant made = Instant.parse(ConfigProvider.getConfig().getValue(MADE, String.class));
        clock = Clock.offset(Clock.system(Clocks.VIETNAM),
                Duration.between(made, start.atZone(Clocks.VIETNAM).toInstant()));
    }

    @Produces
    @Dependent
    Clock clock() {
        return clock;
    }
}
