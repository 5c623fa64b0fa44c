package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The timers of a portal whose units are not there yet (a fresh database, no sample data): the firings that find
 * no district must leave the month open, so that the first firing after the units arrive consolidates it. H2 pass
 * only (excluded from the PostgreSQL pass in deploy/pom.xml): that pass shares its database with the other
 * classes, whose units and timers have already taken this month's claims.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduledMonthIT {

    static final PortalTokens PORTAL = new PortalTokens("https://portal.example.vn");

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
        // The suite runs this class in the H2 pass only (deploy/pom.xml); this guards a run named on the command line.
        assumeTrue("h2".equals(System.getProperty("cds.it.db")), "needs a database without units");
        Api api = new Api(deployment);
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        String officer = PORTAL.token("phong.hengio", List.of("DISTRICT_OFFICER", "unit:910"), 300);
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
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
