package vn.cds.teams.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End-to-end tests against the built demo WAR (Sơn La, Vân Hồ district, demo users), as a client.
 * Each subclass boots one Payara Micro, so a feature keeps its tests in one class.
 */
@ExtendWith({ItDatabase.class, ArquillianExtension.class})
@RunAsClient
abstract class SampleDataIT {

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive war() {
        return Deployments.sampleDataWar();
    }

    @BeforeEach
    void client() {
        api = new Api(deployment);
    }
}
