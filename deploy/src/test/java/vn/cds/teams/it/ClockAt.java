package vn.cds.teams.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The date a class's server lives in: its archive gets the tests' clock ({@link TestClock}), which reads this
 * Vietnam local time ({@code 2026-11-20T10:00}) when the archive is made and then ticks, so "today", "this month" and
 * the timers' month are the test's, whatever the real date (a run across midnight at a month's end included). Read
 * by {@link ItDatabase} and {@link Deployments}; a class without it runs on the real clock.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ClockAt {

    String value();
}
