package vn.cds.teams.reports;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/** What the compiled F1 template expects: where it is, its parameters and its fields. */
final class TeamListTemplate {

    /** Compiled at build time from src/main/jasperreports (see pom.xml). */
    static final String RESOURCE = "/vn/cds/teams/reports/team-list-f1.jasper";

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private TeamListTemplate() {
    }

    static JasperReport load() {
        try (InputStream in = TeamListTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ReportException("Compiled template " + RESOURCE + " is not on the class path; "
                        + "it is produced by the module build (exec-maven-plugin, phase process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (JRException | IOException e) {
            throw new ReportException("Cannot load " + RESOURCE, e);
        }
    }

    static Map<String, Object> parameters(TeamListHeader header) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ISSUING_BODY", nfc(header.issuingBody()).toUpperCase(VIETNAMESE));
        parameters.put("PLACE_DATE_LINE", placeDateLine(nfc(header.placeName()), header.date()));
        parameters.put("SIGNER_TITLE", nfc(header.signerTitle()));
        parameters.put("SIGNER_NAME", nfc(header.signerName()));
        parameters.put("TITLE", nfc(header.title()).toUpperCase(VIETNAMESE));
        parameters.put("FOOTNOTE", nfc(header.footnote()));
        parameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        return parameters;
    }

    /**
     * "Vân Hồ, ngày 15 tháng 6 năm 2022". Decree 30/2020 writes a leading zero for days below 10 and for
     * months 1 and 2 ("ngày 05 tháng 02 năm 2023"), so that nothing can be written in front of them later.
     */
    static String placeDateLine(String placeName, LocalDate date) {
        String day = String.format("%02d", date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : Integer.toString(date.getMonthValue());
        return placeName + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The value of the template field {@code fieldName} for {@code row}. */
    static Object fieldValue(TeamListRow row, String fieldName) {
        return nfc(switch (fieldName) {
            case "districtName" -> row.districtName();
            case "communeName" -> row.communeName();
            case "teamName" -> row.teamName();
            case "leaderName" -> row.leaderName();
            case "phone" -> row.phone();
            case "position" -> row.position();
            default -> throw new ReportException("Template asks for unknown field " + fieldName);
        });
    }

    /**
     * Names typed on old machines can arrive decomposed (NFD); the PDF would then place combining marks
     * separately from their letters, and pdftotext or a search would not match. Print the composed form.
     */
    static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
