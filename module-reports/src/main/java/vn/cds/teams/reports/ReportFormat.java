package vn.cds.teams.reports;

/** The file formats a report can be downloaded in. */
public enum ReportFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String fileExtension;

    ReportFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    /** The Content-Type to send, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension without the dot, e.g. {@code pdf}. */
    public String fileExtension() {
        return fileExtension;
    }
}
