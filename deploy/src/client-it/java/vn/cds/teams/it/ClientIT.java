package vn.cds.teams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.cds.teams.client.ApiClient;
import vn.cds.teams.client.ApiException;
import vn.cds.teams.client.ApiResponse;
import vn.cds.teams.client.api.SecurityApi;
import vn.cds.teams.client.api.TeamsApi;
import vn.cds.teams.client.api.UnitsApi;
import vn.cds.teams.client.model.MemberInput;
import vn.cds.teams.client.model.MemberRole;
import vn.cds.teams.client.model.MemberView;
import vn.cds.teams.client.model.Problem;
import vn.cds.teams.client.model.Profession;
import vn.cds.teams.client.model.TeamInput;
import vn.cds.teams.client.model.TeamStatus;
import vn.cds.teams.client.model.TeamSummaryPage;
import vn.cds.teams.client.model.TeamView;
import vn.cds.teams.client.model.UnitInput;
import vn.cds.teams.client.model.UnitLevel;

/**
 * The Java client generated from the served OpenAPI document (target/generated-client, see deploy/pom.xml) used as
 * a portal would use it, and nothing else: log in, list a commune's teams, draft a team, add members, read the 422
 * problem of a broken rule as a typed object, and change the team on the version read (412 on a stale ETag).
 * Runs on the sample data: Vân Hồ commune (04048), its officer vanho.canbo.
 */
class ClientIT extends SampleDataIT {

    private static final String COMMUNE = "04048";

    /** A client of the module logged in as a demo user (HTTP Basic, password demo). */
    private ApiClient login(String user) {
        ApiClient client = new ApiClient();
        String url = deployment.toString();
        client.updateBaseUri(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + token));
        return client;
    }

    @Test
    void aPortalWorksWithTheGeneratedClientAlone() throws Exception {
        ApiClient officer = login("vanho.canbo");
        assertEquals("vanho.canbo", new SecurityApi(officer).me().getName());

        TeamsApi teams = new TeamsApi(officer);
        TeamSummaryPage page = teams.listTeams(COMMUNE, null, null, 0, 50);
        assertFalse(page.getItems().isEmpty(), "the sample's teams of Vân Hồ");
        assertTrue(page.getItems().stream().allMatch(t -> t.getUnitCode().startsWith(COMMUNE)));

        // A village of its own (the portal administrator adds it), so that the draft breaks no R1/R2 count.
        int n = 1;
        String village = COMMUNE + "-C" + n;
        new UnitsApi(login("admin")).createUnit(new UnitInput().code(village).name("Bản khách " + n)
                .level(UnitLevel.VILLAGE).parentCode(COMMUNE));

        ApiResponse<TeamView> created = teams.createTeamWithHttpInfo(new TeamInput().unitCode(village));
        assertEquals(201, created.getStatusCode());
        TeamView draft = created.getData();
        assertEquals(TeamStatus.DRAFT, draft.getStatus());
        String etag = header(created, "ETag");
        assertNotNull(etag, "the draft's version");

        MemberView leader = teams.addMember(draft.getId(), member("Lò Văn Khách", MemberRole.LEADER));
        assertEquals(MemberRole.LEADER, leader.getRole());
        teams.addMember(draft.getId(), member("Cầm Thị Khách", MemberRole.MEMBER));
        assertEquals(2, teams.listMembers(draft.getId(), null).size());

        // R6: a village team has one leader.
        ApiException second = assertThrows(ApiException.class,
                () -> teams.addMember(draft.getId(), member("Hà Văn Khách", MemberRole.LEADER)));
        assertEquals(422, second.getCode());
        Problem problem = officer.getObjectMapper().readValue(second.getResponseBody(), Problem.class);
        assertEquals(422, problem.getStatus());
        assertEquals("R6", problem.getRule(), second.getResponseBody());
        assertNotNull(problem.getDetail());

        // Change on the version read; the version before is stale then.
        String current = header(teams.getTeamWithHttpInfo(draft.getId()), "ETag");
        ApiResponse<TeamView> renamed = teams.updateTeamWithHttpInfo(draft.getId(), current,
                new TeamInput().unitCode(village).name("Tổ khách " + n));
        assertEquals(200, renamed.getStatusCode());
        assertEquals("Tổ khách " + n, renamed.getData().getName());
        assertNotEquals(current, header(renamed, "ETag"));
        ApiException stale = assertThrows(ApiException.class, () -> teams.updateTeam(draft.getId(), current,
                new TeamInput().unitCode(village).name("Tổ cũ " + n)));
        assertEquals(412, stale.getCode());
        assertEquals(412, officer.getObjectMapper().readValue(stale.getResponseBody(), Problem.class).getStatus());
    }

    /** This run's phones, numbered in order (the class's database is its own and new). */
    private static final AtomicInteger PHONES = new AtomicInteger();

    private static MemberInput member(String name, MemberRole role) {
        return new MemberInput().fullName(name).role(role).profession(Profession.TEACHER).position("Dân bản")
                .phone("0915" + String.format("%06d", PHONES.incrementAndGet()));
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
