package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timers of a portal whose units are not there yet (a database of its own, no sample data): the firings that
 * find no district must leave the month open, so that the first firing after the units arrive consolidates it.
 * Whether a firing sees no unit or all of them is settled by construction, not by timing: a firing takes the month's
 * claim only when the level has units, and the province, the district and its commune arrive in one catalogue load,
 * one transaction, so no firing can see the district without its commune. The month is the tests' clock's, set
 * here, so a run across midnight at a month's end reads the same month as the timers.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@ClockAt(ScheduledMonthIT.MONTH + "-15T08:00")
@RunAsClient
class ScheduledMonthIT {

    static final PortalTokens PORTAL = new PortalTokens("https://portal.example.vn");

    /** The month of the tests' clock ({@link ClockAt}): the timers' "this month". */
    static final String MONTH = "2026-04";

    /** Province, district and commune in one catalogue: one transaction, so no firing sees a district alone. */
    private static final String CATALOGUE = """
            code,name,type,level,parent_code
            91,Tỉnh Hẹn Giờ,Tỉnh,PROVINCE,
            910,Huyện Hẹn Giờ,Huyện,DISTRICT,91
            91001,Xã Hẹn Giờ,Xã,COMMUNE,910
            """;

    @ArquillianResource
    URL deployment;

    /** Both levels' timers every second, from the moment the module starts. */
    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.builtWarWith(PORTAL.configuration() + "\ncds.consolidation.district-day=*"
                + "\ncds.consolidation.province-day=*\ncds.consolidation.hour=*\ncds.consolidation.minute=*"
                + "\ncds.consolidation.second=*");
    }

    @Test
    void firingsBeforeTheUnitsExistLeaveTheMonthToALaterFiring() {
        Api api = new Api(deployment);
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        String officer = PORTAL.token("phong.hengio", List.of("DISTRICT_OFFICER", "unit:910"), 300);
        String month = MONTH;
        // Five seconds of firings (one a second per level) while the database has no unit.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> api.send(null,
                HttpRequest.newBuilder(api.uri("api/v1/units/91")).header("Authorization", "Bearer " + admin).GET(),
                null).status() == 404);

        Api.Reply loaded = api.send(null, api.multipart("api/v1/units/catalogue?dryRun=false",
                Api.FilePart.csv("file", "units.csv", CATALOGUE)).header("Authorization", "Bearer " + admin), null);
        assertEquals(200, loaded.status(), loaded.toString());

        JsonObject consolidated = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Api.Reply latest = api.send(null, HttpRequest.newBuilder(api.uri(
                            "api/v1/consolidations?unit=910&period=" + month))
                            .header("Authorization", "Bearer " + officer).GET(), null);
                    return latest.status() == 200 ? latest.json() : null;
                }, java.util.Objects::nonNull);
        assertEquals(1, consolidated.getInt("expected"), consolidated.toString());
    }
}
