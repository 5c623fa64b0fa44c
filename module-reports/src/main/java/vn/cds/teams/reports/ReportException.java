package vn.cds.teams.reports;

/** A report could not be rendered: a broken template, a bad row, or the output stream failed. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
