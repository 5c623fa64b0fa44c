package vn.cds.teams.reports;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rendered PDFs back with poppler-utils, i.e. the way a person's viewer would see them.
 * A missing tool fails the test (CI installs poppler-utils); it must never pass silently.
 */
final class Poppler {

    private Poppler() {
    }

    /** pdftotext with the given mode options (e.g. "-layout", "-raw"), as UTF-8. */
    static String text(Path pdf, String... options) {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(options));
        command.add(pdf.toString());
        command.add("-");
        return run(command);
    }

    /** The text of one page (1-based), layout preserved. */
    static String pageText(Path pdf, int page) {
        return text(pdf, "-layout", "-f", Integer.toString(page), "-l", Integer.toString(page));
    }

    /** A word of one page with its box in points from the top left corner (pdftotext -bbox). */
    record Word(String text, double xMin, double yMin, double xMax, double yMax) {
    }

    static List<Word> words(Path pdf, int page) {
        String html = text(pdf, "-bbox", "-f", Integer.toString(page), "-l", Integer.toString(page));
        Matcher m = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
                + "([^<]*)</word>").matcher(html);
        List<Word> words = new ArrayList<>();
        while (m.find()) {
            words.add(new Word(m.group(5), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }
        return words;
    }

    static int pageCount(Path pdf) {
        Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)$").matcher(run(List.of("pdfinfo", pdf.toString())));
        if (!pages.find()) {
            throw new AssertionError("pdfinfo printed no page count for " + pdf);
        }
        return Integer.parseInt(pages.group(1));
    }

    /** One entry per font line of pdffonts: {name, type, encoding, emb, sub, uni, ...}. */
    static List<String[]> fonts(Path pdf) {
        List<String[]> fonts = new ArrayList<>();
        String[] lines = run(List.of("pdffonts", pdf.toString())).split("\n");
        for (int i = 2; i < lines.length; i++) { // two header lines
            if (!lines[i].isBlank()) {
                fonts.add(lines[i].trim().split("\\s+"));
            }
        }
        return fonts;
    }

    /** The images pdfimages -list finds in the document: one line each (its page, number, type, size, ...). */
    static List<String> images(Path pdf) {
        String[] lines = run(List.of("pdfimages", "-list", pdf.toString())).split("\n");
        List<String> images = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) { // two header lines
            if (!lines[i].isBlank()) {
                images.add(lines[i].trim());
            }
        }
        return images;
    }

    /** Renders page 1 to {@code png} at 60 dpi, for a person to look at. */
    static void firstPageToPng(Path pdf, Path png) {
        pageToPng(pdf, 1, png, 60);
    }

    /** Renders one page (1-based) to {@code png}, for a person to look at. */
    static void pageToPng(Path pdf, int page, Path png, int dpi) {
        try {
            java.nio.file.Files.createDirectories(png.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new AssertionError("Cannot create the folder of " + png, e);
        }
        String prefix = png.toString().replaceFirst("\\.png$", "");
        String number = Integer.toString(page);
        run(List.of("pdftoppm", "-png", "-r", Integer.toString(dpi), "-f", number, "-l", number, "-singlefile",
                pdf.toString(), prefix));
    }

    /** pdfsig's report of the document's signatures; its exit code says nothing we check (e.g. an untrusted issuer). */
    static String signatures(Path pdf) {
        return run(List.of("pdfsig", pdf.toString()), false);
    }

    private static String run(List<String> command) {
        return run(command, true);
    }

    private static String run(List<String> command, boolean checkExit) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is not installed: the report tests read PDFs back with "
                    + "poppler-utils (apt-get install -y poppler-utils)", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            int exit = process.waitFor();
            if (checkExit && exit != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + exit);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("Cannot read the output of " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command.get(0), e);
        }
    }
}
