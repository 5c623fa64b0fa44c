package vn.cds.teams.common.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.cds.teams.api.common.Problem;

/**
 * The container's own error answers (401 from the login, 404 for an unknown path, 413, 500 ...) as problems too,
 * instead of the server's HTML page; registered as the error page in web-fragment.xml.
 */
@WebServlet("/problem")
public class ProblemErrorServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : response.getStatus();
        Locale locale = Locale.ROOT;
        // Without Accept-Language the container offers its own default locale (often English): Vietnamese instead.
        for (Locale accepted : request.getHeader("Accept-Language") == null ? List.<Locale>of()
                : Collections.list(request.getLocales())) {
            if (accepted.getLanguage().equals("en") || accepted.getLanguage().equals("vi")) {
                locale = accepted.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
                break;
            }
        }
        String detailKey = "problem.http." + status;
        String detail = Messages.text(locale, detailKey);
        Problem problem = new Problem(Problems.TYPE_BASE + "http-" + status, Messages.text(locale, "title." + status),
                status, detail.equals(detailKey) ? null : detail, null, null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale == Locale.ENGLISH ? "en" : "vi");
        response.getWriter().write(JSON.toJson(problem));
    }
}
