package vn.cds.teams.common.rest;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /ui} without its slash. The container would redirect to the folder itself, with an absolute address made
 * from the Host the caller sent (which may be forged); mapped exactly, this answers first with a relative address, so
 * the browser stays on whatever site it is on.
 */
@WebServlet("/ui")
public class PagesFolderRedirect extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/ui/");
    }
}
