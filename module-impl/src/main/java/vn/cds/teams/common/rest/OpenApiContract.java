package vn.cds.teams.common.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import vn.cds.teams.CdsApplication;
import vn.cds.teams.api.common.Problem;
import vn.cds.teams.api.documents.DocumentSettingsView;
import vn.cds.teams.api.documents.IssuedDocumentView;
import vn.cds.teams.api.imports.ImportReport;
import vn.cds.teams.api.membership.MembershipRequestView;
import vn.cds.teams.api.registry.MemberView;
import vn.cds.teams.api.registry.TeamView;
import vn.cds.teams.api.reporting.CampaignView;
import vn.cds.teams.api.reporting.ConsolidationStarted;
import vn.cds.teams.api.reporting.ConsolidationSweepStarted;
import vn.cds.teams.api.reporting.IndicatorView;
import vn.cds.teams.api.reporting.MonthlyReportView;
import vn.cds.teams.api.units.RuleParametersView;
import vn.cds.teams.api.units.UnitChangeReport;
import vn.cds.teams.api.units.UnitView;

/**
 * Makes the served OpenAPI document (/openapi) a contract a portal can generate a client from, read from the code
 * (registered as {@code mp.openapi.filter}). For each operation it finds the JAX-RS resource method behind it (the
 * {@code @Path} classes of this module, by reflection) and writes:
 * <ul>
 * <li>its {@code operationId}: the method's verb and the resource's noun ({@code listTeams}, {@code createTeam},
 * {@code approveMembershipRequest}), see {@link #operationId};</li>
 * <li>its security from {@code @RolesAllowed} / {@code @PermitAll}: HTTP Basic or a bearer JWT, the roles named in
 * the description, and none for the public ones;</li>
 * <li>its answers: the success (200, 201, 202, 204 with the record it carries, ETag and Location headers; PDF and
 * XLSX as binary from {@code @Produces}) and the RFC 9457 problems it can give: 400 for a malformed JSON body, 401
 * and 403 from its roles, 404 for a unit, team or other resource out of reach, 409 for a write in the wrong state,
 * 412 and 428 from {@code If-Match}, 413 for a body too large, 422 for a broken rule or a wrong field;</li>
 * <li>its request body and parameters with formats (dates, YYYY-MM, enums), the multipart import body;</li>
 * <li>the rules (R1-R16, docs/RULES.md) its summary names, in its description.</li>
 * </ul>
 * The records' schemas come from module-api ({@link OpenApiSchemas}). Only the standard MicroProfile OpenAPI API is
 * used; the one hand-kept part is {@link #ANSWERS}, the status and record of the methods that answer a
 * {@code Response} (whose type Java does not say), checked complete by a unit test.
 */
public class OpenApiContract implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiContract.class.getName());

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final Set<String> DATE_PARAMETERS = Set.of("on", "from", "effective", "resolutionDate");
    private static final Pattern RULE = Pattern.compile("\\bR(1[0-6]|[1-9])\\b");

    /** What a method that answers a {@code Response} sends on success: its status and record (null: no body). */
    record Answer(int status, Class<?> body) {
    }

    /** By "Resource.method": the success of the methods whose Java type is {@code Response}. */
    static final Map<String, Answer> ANSWERS = Map.ofEntries(
            Map.entry("ImportResource.importList", new Answer(200, ImportReport.class)),
            Map.entry("MembershipRequestResource.file", new Answer(201, MembershipRequestView.class)),
            Map.entry("MemberResource.add", new Answer(201, MemberView.class)),
            Map.entry("MemberResource.change", new Answer(200, MemberView.class)),
            Map.entry("MemberResource.remove", new Answer(200, MemberView.class)),
            Map.entry("TeamResource.create", new Answer(201, TeamView.class)),
            Map.entry("TeamResource.get", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.update", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.delete", new Answer(204, null)),
            Map.entry("TeamResource.establish", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.dissolve", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.attachEstablishmentScan", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.establishmentScan", new Answer(200, byte[].class)),
            Map.entry("TeamResource.attachDissolutionScan", new Answer(200, TeamView.class)),
            Map.entry("TeamResource.dissolutionScan", new Answer(200, byte[].class)),
            Map.entry("DocumentResource.issue", new Answer(201, IssuedDocumentView.class)),
            Map.entry("DocumentResource.file", new Answer(200, byte[].class)),
            Map.entry("DocumentSettingsResource.change", new Answer(200, DocumentSettingsView.class)),
            Map.entry("CampaignResource.get", new Answer(200, CampaignView.class)),
            Map.entry("CampaignResource.create", new Answer(201, CampaignView.class)),
            Map.entry("CampaignResource.update", new Answer(200, CampaignView.class)),
            Map.entry("ConsolidationResource.start", new Answer(202, ConsolidationStarted.class)),
            Map.entry("ConsolidationResource.sweep", new Answer(202, ConsolidationSweepStarted.class)),
            Map.entry("ConsolidationResource.restart", new Answer(202, ConsolidationStarted.class)),
            Map.entry("IndicatorResource.put", new Answer(200, IndicatorView.class)),
            Map.entry("MonthlyReportResource.get", new Answer(200, MonthlyReportView.class)),
            Map.entry("MonthlyReportResource.save", new Answer(200, MonthlyReportView.class)),
            Map.entry("MonthlyReportResource.submit", new Answer(200, MonthlyReportView.class)),
            Map.entry("MonthlyReportResource.accept", new Answer(200, MonthlyReportView.class)),
            Map.entry("MonthlyReportResource.returnToCommune", new Answer(200, MonthlyReportView.class)),
            Map.entry("MonthlyReportResource.reopen", new Answer(200, MonthlyReportView.class)),
            Map.entry("ReportResource.teamList", new Answer(200, byte[].class)),
            Map.entry("ReportResource.monthly", new Answer(200, byte[].class)),
            Map.entry("UnitResource.get", new Answer(200, UnitView.class)),
            Map.entry("UnitResource.create", new Answer(201, UnitView.class)),
            Map.entry("UnitResource.update", new Answer(200, UnitView.class)),
            Map.entry("UnitResource.loadCatalogue", new Answer(200, UnitChangeReport.class)),
            Map.entry("UnitResource.reorganise", new Answer(200, UnitChangeReport.class)),
            Map.entry("UnitResource.parameters", new Answer(200, RuleParametersView.class)),
            Map.entry("UnitResource.changeParameters", new Answer(200, RuleParametersView.class)));

    /** The problems an operation can answer, with the reusable response each refers to. */
    enum Failure {
        BAD_REQUEST(400, "BadRequest", "The body is not well-formed JSON (syntax, encoding, duplicate key)"),
        UNAUTHORIZED(401, "Unauthorized", "No login, or a wrong one: HTTP Basic or a bearer JWT"),
        FORBIDDEN(403, "Forbidden", "The caller's roles do not allow this operation"),
        NOT_FOUND(404, "NotFound", "Not found, or outside the caller's jurisdiction"),
        CONFLICT(409, "Conflict", "The resource is not in a state that allows this (the problem's rule says why)"),
        PRECONDITION_FAILED(412, "PreconditionFailed", "If-Match is not the current version (ETag): read it again"),
        CONTENT_TOO_LARGE(413, "ContentTooLarge", "The body is larger than the module accepts"),
        UNPROCESSABLE(422, "UnprocessableContent",
                "A rule is broken (`rule` names it, docs/RULES.md) or a field or parameter is wrong (`errors`)"),
        PRECONDITION_REQUIRED(428, "PreconditionRequired", "If-Match is required: send the ETag you read");

        final int status;
        final String component;
        final String description;

        Failure(int status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }
    }

    /** A resource method and the class it is called on. */
    record Endpoint(Class<?> resource, Method method, String httpMethod, String path) {
        String key() {
            return resource.getSimpleName() + "." + method.getName();
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            describe(openAPI, endpoints());
        } catch (RuntimeException | LinkageError e) {
            // The document stays served as the server built it: a failure here must not take /openapi down.
            LOG.log(Level.WARNING, "OpenAPI contract not applied", e);
        }
    }

    void describe(OpenAPI openAPI, List<Endpoint> endpoints) {
        Map<String, Endpoint> byOperation = new HashMap<>();
        endpoints.forEach(e -> byOperation.put(e.httpMethod() + " " + e.path(), e));
        Map<Endpoint, String> ids = operationIds(endpoints);

        OpenApiSchemas schemas = new OpenApiSchemas();
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("A user of the portal's identity store (demo users: password demo)"));
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A JWT issued by the portal (MicroProfile JWT): groups are the roles"));
        Schema problem = schemas.of(Problem.class, null);
        for (Failure failure : Failure.values()) {
            components.addResponse(failure.component, OASFactory.createAPIResponse().description(failure.description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(problem))));
        }
        components.getResponses().get(Failure.UNPROCESSABLE.component).getContent().getMediaType(Problem.MEDIA_TYPE)
                .addExample("ruleBroken", OASFactory.createExample().summary("R4: a team of more than 10 members")
                        .value(Map.of("type", Problems.TYPE_BASE + "rule-violation", "title", "Unprocessable Content",
                                "status", 422, "detail", "A team has 5 to 10 members", "rule", "R4")));
        openAPI.setSecurity(new ArrayList<>(List.of(requirement(BASIC), requirement(BEARER))));

        if (openAPI.getPaths() != null) {
            for (Map.Entry<String, PathItem> path : new TreeMap<>(openAPI.getPaths().getPathItems()).entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                    Endpoint endpoint = byOperation.get(op.getKey().name() + " " + path.getKey());
                    if (endpoint != null) {
                        describe(op.getValue(), endpoint, ids.get(endpoint), schemas);
                    } else {
                        LOG.warning(() -> "OpenAPI: no resource method for " + op.getKey() + " " + path.getKey());
                    }
                }
            }
        }
        Map<String, Schema> all = new TreeMap<>(schemas.components());
        components.setSchemas(all);
        servers(openAPI);
        tags(openAPI);
        dropVendorEndpoints(openAPI);
    }

    private void describe(Operation operation, Endpoint endpoint, String id, OpenApiSchemas schemas) {
        Method method = endpoint.method();
        operation.setOperationId(id);

        // Security and the roles.
        Set<String> roles = roles(endpoint);
        boolean open = roles == null;
        if (open) {
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        } else {
            operation.setSecurity(new ArrayList<>(List.of(requirement(BASIC), requirement(BEARER))));
        }
        List<String> notes = new ArrayList<>();
        notes.add(open ? "Public: no login needed." : "Roles: " + String.join(", ", roles) + ".");
        Set<String> rules = new LinkedHashSet<>();
        Matcher m = RULE.matcher(operation.getSummary() == null ? "" : operation.getSummary());
        while (m.find()) {
            rules.add(m.group());
        }
        if (!rules.isEmpty()) {
            notes.add("Rules: " + String.join(", ", rules) + " (docs/RULES.md); a broken rule is a 422 problem"
                    + " whose `rule` names it.");
        }

        // Parameters, the body and what the method reads.
        boolean ifMatch = false;
        boolean pathParameters = false;
        boolean unitParameter = false;
        boolean parameters = false;
        Type body = null;
        List<String> formFields = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            HeaderParam header = p.getAnnotation(HeaderParam.class);
            if (header != null && header.value().equalsIgnoreCase(HttpHeaders.IF_MATCH)) {
                ifMatch = true;
            }
            pathParameters |= p.isAnnotationPresent(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            parameters |= query != null || p.isAnnotationPresent(PathParam.class);
            unitParameter |= query != null && Set.of("unit", "parent", "province").contains(query.value());
            if (p.isAnnotationPresent(FormParam.class)) {
                formFields.add(p.getAnnotation(FormParam.class).value());
            }
            if (Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, FormParam.class, Context.class,
                    BeanParam.class, CookieParam.class, MatrixParam.class).noneMatch(p::isAnnotationPresent)) {
                body = p.getParameterizedType();
            }
        }
        if (operation.getParameters() != null) {
            for (var parameter : operation.getParameters()) {
                Parameter java = Arrays.stream(method.getParameters()).filter(p -> name(p) != null
                        && name(p).equals(parameter.getName())).findFirst().orElse(null);
                if (java == null) {
                    continue;
                }
                Schema schema = schemas.of(java.getParameterizedType(), parameter.getName());
                if (java.getType() == String.class && DATE_PARAMETERS.contains(parameter.getName())) {
                    schema.format("date");
                }
                if (java.getType() == String.class && parameter.getName().equals("format")) {
                    binaryFormats(method).forEach(schema::addEnumeration);
                }
                if (parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && parameter.getName().equalsIgnoreCase(HttpHeaders.IF_MATCH)) {
                    parameter.setDescription("The ETag of the version read (\"version\" in the record)");
                }
                parameter.setSchema(schema);
            }
        }
        if (body != null) {
            operation.setRequestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                    .addMediaType(JSON, OASFactory.createMediaType().schema(schemas.of(body, null)))));
        } else if (!formFields.isEmpty()) {
            Schema form = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            formFields.forEach(f -> form.addProperty(f, OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .format("binary").description("A CSV or XLSX file")));
            form.addRequired(formFields.get(0));
            operation.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                    .addMediaType(MediaType.MULTIPART_FORM_DATA, OASFactory.createMediaType().schema(form))));
        } else {
            operation.setRequestBody(null);
        }

        // Answers.
        APIResponses responses = OASFactory.createAPIResponses();
        success(endpoint, schemas, responses);
        List<Failure> failures = new ArrayList<>();
        if (body != null) {
            failures.add(Failure.BAD_REQUEST);
        }
        if (!open) {
            failures.add(Failure.UNAUTHORIZED);
            failures.add(Failure.FORBIDDEN);
        }
        if (pathParameters || unitParameter) {
            failures.add(Failure.NOT_FOUND);
        }
        boolean write = !endpoint.httpMethod().equals(HttpMethod.GET);
        if (write && !open) {
            failures.add(Failure.CONFLICT);
        }
        if (ifMatch) {
            failures.add(Failure.PRECONDITION_FAILED);
        }
        if (body != null || !formFields.isEmpty()) {
            failures.add(Failure.CONTENT_TOO_LARGE);
        }
        if (body != null || !formFields.isEmpty() || parameters) {
            failures.add(Failure.UNPROCESSABLE);
        }
        if (ifMatch) {
            failures.add(Failure.PRECONDITION_REQUIRED);
            notes.add("Needs If-Match: the ETag of the version read (412 when stale, 428 when missing).");
        }
        for (Failure failure : failures) {
            responses.addAPIResponse(String.valueOf(failure.status),
                    OASFactory.createAPIResponse().ref("#/components/responses/" + failure.component));
        }
        operation.setResponses(responses);
        operation.setDescription(String.join(" ", notes));
    }

    private static void success(Endpoint endpoint, OpenApiSchemas schemas, APIResponses responses) {
        Method method = endpoint.method();
        Answer answer = method.getReturnType() == Response.class ? ANSWERS.get(endpoint.key())
                : new Answer(method.getReturnType() == void.class ? 204 : 200, null);
        if (answer == null) {
            answer = new Answer(200, Object.class);
        }
        Type type = method.getReturnType() == Response.class ? answer.body() : method.getGenericReturnType();
        APIResponse response = OASFactory.createAPIResponse().description(switch (answer.status()) {
            case 201 -> "Created (Location: its address)";
            case 202 -> "Accepted: the work goes on in the background";
            case 204 -> "Done, nothing to answer";
            default -> "OK";
        });
        if (answer.status() != 204 && type != null) {
            Content content = OASFactory.createContent();
            if (type == byte[].class) {
                for (String media : produces(endpoint)) {
                    if (!media.equals(Problem.MEDIA_TYPE)) {
                        content.addMediaType(media, OASFactory.createMediaType().schema(schemas.of(byte[].class,
                                null)));
                    }
                }
            } else {
                String media = produces(endpoint).stream().findFirst().orElse(JSON);
                content.addMediaType(media, OASFactory.createMediaType().schema(schemas.of(type, null)));
                if (type instanceof Class<?> c && c.isRecord()
                        && Arrays.stream(c.getRecordComponents()).anyMatch(r -> r.getName().equals("version"))) {
                    response.addHeader("ETag", OASFactory.createHeader()
                            .description("The version of the record, for If-Match")
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                }
            }
            response.setContent(content);
        }
        if (answer.status() == 201) {
            response.addHeader("Location", OASFactory.createHeader().description("The address of what was made")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
        }
        responses.addAPIResponse(String.valueOf(answer.status()), response);
    }

    private static List<String> produces(Endpoint endpoint) {
        Produces produces = endpoint.method().getAnnotation(Produces.class);
        if (produces == null) {
            produces = endpoint.resource().getAnnotation(Produces.class);
        }
        return produces == null ? List.of(JSON) : Arrays.asList(produces.value());
    }

    /** The short names a {@code format} parameter takes: one per binary type the method produces. */
    private static List<String> binaryFormats(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        List<String> formats = new ArrayList<>();
        for (String media : produces == null ? new String[0] : produces.value()) {
            if (media.equals("application/pdf")) {
                formats.add("pdf");
            } else if (media.contains("spreadsheetml")) {
                formats.add("xlsx");
            }
        }
        return formats;
    }

    private static String name(Parameter p) {
        if (p.isAnnotationPresent(PathParam.class)) {
            return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
            return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
            return p.getAnnotation(HeaderParam.class).value();
        }
        return null;
    }

    /** The roles let through, or null when the operation is public. */
    static Set<String> roles(Endpoint endpoint) {
        Method method = endpoint.method();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            if (endpoint.resource().isAnnotationPresent(PermitAll.class)) {
                return null;
            }
            roles = endpoint.resource().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? null : new TreeSet<>(Arrays.asList(roles.value()));
    }

    private static SecurityRequirement requirement(String scheme) {
        return OASFactory.createSecurityRequirement().addScheme(scheme);
    }

    /**
     * The operationId of each endpoint: the Java method's verb and the resource's noun ({@code TeamResource.list}:
     * {@code listTeams}, plural for an answer that is a list or a page; {@code MembershipRequestResource.approve}:
     * {@code approveMembershipRequest}). A method whose name already says what it works on keeps it: a name of two
     * words or more ({@code importList}, {@code returnToCommune}), or one that holds the noun ({@code me}). An id
     * given in {@code @Operation(operationId)} is kept. Two endpoints left with one id get their class's noun
     * prefixed (a unit test keeps that from happening).
     */
    static Map<Endpoint, String> operationIds(List<Endpoint> endpoints) {
        Map<Endpoint, String> ids = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints) {
            ids.put(endpoint, operationId(endpoint));
        }
        Map<String, Integer> counts = new HashMap<>();
        ids.values().forEach(id -> counts.merge(id, 1, Integer::sum));
        ids.replaceAll((endpoint, id) -> counts.get(id) == 1 ? id
                : decapitalize(noun(endpoint.resource())) + capitalize(id));
        return ids;
    }

    static String operationId(Endpoint endpoint) {
        var annotation = endpoint.method().getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (annotation != null && !annotation.operationId().isEmpty()) {
            return annotation.operationId();
        }
        String name = endpoint.method().getName();
        String noun = noun(endpoint.resource());
        boolean words = !name.equals(name.toLowerCase(Locale.ROOT));
        if (words || name.toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) {
            return name;
        }
        Class<?> answer = endpoint.method().getReturnType();
        boolean many = java.util.Collection.class.isAssignableFrom(answer)
                || answer == vn.cds.teams.api.common.Page.class;
        return name + (many && !noun.endsWith("s") ? noun + "s" : noun);
    }

    private static String noun(Class<?> resource) {
        String name = resource.getSimpleName();
        return name.endsWith("Resource") ? name.substring(0, name.length() - "Resource".length()) : name;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String decapitalize(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Servers as a path on the host the document was read from, not a host name the server guessed. */
    private static void servers(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            return;
        }
        List<Server> servers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Server server : openAPI.getServers()) {
            String path = URI.create(server.getUrl()).getPath();
            if (path != null && seen.add(path)) {
                servers.add(OASFactory.createServer().url(path.isEmpty() ? "/" : path)
                        .description("This module, on the host that served this document"));
            }
        }
        openAPI.setServers(servers);
    }

    /** One tag per name (the server lists a tag once per class that names it), described. */
    private static void tags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Tag tag : openAPI.getTags()) {
            Tag kept = tags.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null && tag.getDescription() != null) {
                tags.put(tag.getName(), tag);
            }
        }
        openAPI.setTags(new ArrayList<>(tags.values()));
    }

    /**
     * Payara Micro 6 adds a top-level {@code endpoints} map to the document, which is not OpenAPI (a linter's
     * structural error; later Payara versions name it {@code x-endpoints}). Emptied through the model's public
     * accessor where the model has one; other servers' models have none and are left alone.
     */
    private static void dropVendorEndpoints(OpenAPI openAPI) {
        try {
            Method setter = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(openAPI, new TreeMap<>());
        } catch (NoSuchMethodException e) {
            // Not that server.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "OpenAPI: endpoints map left as it is", e);
        }
    }

    /** The resource methods of this module: the {@code @Path} classes next to the application class. */
    static List<Endpoint> endpoints() {
        String root = CdsApplication.class.getAnnotation(ApplicationPath.class).value();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(resource, method, httpMethod,
                        normalize(root + "/" + classPath + "/" + (path == null ? "" : path.value()))));
            }
        }
        endpoints.sort((a, b) -> (a.path() + a.httpMethod()).compareTo(b.path() + b.httpMethod()));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/api/v1/teams/{id}" from "api/v1/teams/{id: [0-9a-f-]+}/". */
    static String normalize(String path) {
        String p = ("/" + path).replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static List<Class<?>> resourceClasses() {
        ClassLoader loader = CdsApplication.class.getClassLoader();
        String base = CdsApplication.class.getPackageName().replace('.', '/');
        Set<String> names = new TreeSet<>();
        try {
            for (Enumeration<URL> roots = loader.getResources(base); roots.hasMoreElements(); ) {
                URL url = roots.nextElement();
                if (url.getProtocol().equals("file")) {
                    File dir = new File(url.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir.toPath())) {
                        files.map(f -> dir.toPath().relativize(f).toString().replace(File.separatorChar, '/'))
                                .filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(base + "/" + f));
                    }
                } else if (url.getProtocol().equals("jar")) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            if (entry.getName().startsWith(base + "/") && entry.getName().endsWith(".class")) {
                                names.add(entry.getName());
                            }
                        }
                    }
                } else {
                    LOG.info(() -> "OpenAPI: classes under " + url + " not listed (protocol " + url.getProtocol()
                            + ")");
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the resource classes", e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.contains("$") || !name.contains("/rest/")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false, loader);
                if (c.isAnnotationPresent(Path.class) && !c.isInterface()) {
                    resources.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.log(Level.FINE, "OpenAPI: class not read: " + name, e);
            }
        }
        return resources;
    }
}
