package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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
    void firingsBeforeTheUnitsExistLeaveTheMonthToALaterFiring() throws Exception {
        // The suite runs this class in the H2 pass only (deploy/pom.xml); this guards a run named on the command line.
        assumeTrue("h2".equals(System.getProperty("cds.it.db")), "needs a database without units");
        Api api = new Api(deployment);
        Thread.sleep(5_000); // five firings of each level, with no unit in the database
        String admin = PORTAL.token("portal-admin", List.of("PORTAL_ADMIN"), 300);
        for (String unit : List.of("{\"code\":\"91\",\"name\":\"Tỉnh Hẹn Giờ\",\"level\":\"PROVINCE\"}",
                "{\"code\":\"910\",\"name\":\"Huyện Hẹn Giờ\",\"level\":\"DISTRICT\",\"parentCode\":\"91\"}",
                "{\"code\":\"91001\",\"name\":\"Xã Hẹn Giờ\",\"level\":\"COMMUNE\",\"parentCode\":\"910\"}")) {
            Api.Reply created = api.send(null, HttpRequest.newBuilder(api.uri("api/v1/units"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(unit, StandardCharsets.UTF_8)), null);
            assertEquals(201, created.status(), created.toString());
        }
        String officer = PORTAL.token("phong.hengio", List.of("DISTRICT_OFFICER", "unit:910"), 300);
        String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        JsonObject consolidated = null;
        long until = System.currentTimeMillis() + 60_000;
        while (consolidated == null && System.currentTimeMillis() < until) {
            Api.Reply latest = api.send(null, HttpRequest.newBuilder(api.uri("api/v1/consolidations?unit=910&period="
                    + month)).header("Authorization", "Bearer " + officer).GET(), null);
            consolidated = latest.status() == 200 ? latest.json() : null;
            Thread.sleep(500);
        }
        assertNotNull(consolidated, "the district's month, consolidated by a firing after the units arrived");
        assertEquals(1, consolidated.getInt("expected"), consolidated.toString());
    }
}
