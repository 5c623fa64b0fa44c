package vn.cds.teams.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as built (each deployment boots a Payara Micro, so test classes share this one archive). */
final class Deployments {

    private Deployments() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("cds.war", "target/cds.war"));
        return ShrinkWrap.create(ZipImporter.class, "cds.war").importFrom(war).as(WebArchive.class);
    }
}
