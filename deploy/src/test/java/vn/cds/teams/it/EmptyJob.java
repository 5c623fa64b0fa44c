package vn.cds.teams.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Properties;

/**
 * The benchmark's floor of the stack: a Jakarta Batch job whose one step is a batchlet that does nothing, started
 * by an HTTP POST as a sweep is (same login, same role check, {@code JobOperator.start}) and awaited by polling.
 * Added to the benchmark's archive only ({@link Deployments#withEmptyJob}), never part of a built WAR. No test
 * library type appears here: the server loads this class.
 */
@Named("emptyBatchlet")
@Dependent
public class EmptyJob extends AbstractBatchlet {

    static final String NAME = "empty-job";

    /** Its job XML, META-INF/batch-jobs/empty-job.xml in the archive. */
    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<job id=\"" + NAME + "\" xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"2.0\">\n"
            + "  <step id=\"nothing\"><batchlet ref=\"emptyBatchlet\"/></step>\n</job>\n";

    @Override
    public String process() {
        return "COMPLETED";
    }

    /** POST bench/empty-jobs starts one (202, its execution id); GET bench/empty-jobs/{id} its batch status. */
    @Path("bench/empty-jobs")
    @RolesAllowed("PROVINCE_OFFICER")
    public static class Starter {

        @POST
        @Produces(MediaType.APPLICATION_JSON)
        public Response start() {
            long execution = BatchRuntime.getJobOperator().start(NAME, new Properties());
            return Response.accepted(Json.createObjectBuilder().add("executionId", execution).build().toString())
                    .build();
        }

        @GET
        @Path("{execution}")
        @Produces(MediaType.TEXT_PLAIN)
        public String status(@PathParam("execution") long execution) {
            return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus().name();
        }
    }
}
