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
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JasperPrint;
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
        Map<String, Object> parameters = frameParameters(header.frame());
        parameters.put("TITLE", nfc(header.title()).toUpperCase(VIETNAMESE));
        parameters.put("FOOTNOTE", nfc(header.footnote()));
        return parameters;
    }

    /** The Decree 30 frame shared by every document of this module, as template parameters. */
    static Map<String, Object> frameParameters(DocumentFrame frame) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("SUPERIOR_BODY", upper(frame.superiorBody()));
        parameters.put("ISSUING_BODY", upper(frame.issuingBody()));
        parameters.put("NUMBER_LINE", nfc(frame.numberLine()));
        parameters.put("DRAFT", frame.draft());
        parameters.put("PLACE_DATE_LINE", placeDateLine(nfc(frame.placeName()), frame.date()));
        parameters.put("SIGNER_TITLE", upper(frame.signatureTitle()));
        parameters.put("SIGNER_NAME", nfc(frame.signerName()));
        parameters.put("RECIPIENTS", frame.recipients().isEmpty() ? null
                : nfc(String.join("\n", frame.recipients())));
        parameters.put(JRParameter.REPORT_LOCALE, VIETNAMESE);
        return parameters;
    }

    private static String upper(String text) {
        return text == null ? null : nfc(text).toUpperCase(VIETNAMESE);
    }

    /** Width and height of a visible digital signature, in points. */
    private static final float SIGNATURE_WIDTH = 200;
    private static final float SIGNATURE_HEIGHT = 56;

    /**
     * The room to sign above the signer's name on {@code pageIndex}, found by the name's element key in the
     * signature block of the templates; null when the page has none.
     */
    static SignatureSpot signatureSpot(JasperPrint print, int pageIndex) {
        if (pageIndex < 0 || pageIndex >= print.getPages().size()) {
            return null;
        }
        for (JRPrintElement element : print.getPages().get(pageIndex).getElements()) {
            if ("signerName".equals(element.getKey())) {
                float x = element.getX() + (element.getWidth() - SIGNATURE_WIDTH) / 2;
                return new SignatureSpot(pageIndex, x, element.getY() - SIGNATURE_HEIGHT - 8, SIGNATURE_WIDTH,
                        SIGNATURE_HEIGHT);
            }
        }
        return null;
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
