package vn.cds.teams.imports.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.common.domain.DomainException;

/**
 * Reads the first sheet of an XLSX file, or a CSV file, into rows of cell texts, streaming and with limits: a file
 * that is no spreadsheet, is encrypted, holds formulas, is a zip bomb or has more than {@link #MAX_ROWS} rows is
 * refused as a whole with a clear reason.
 */
public final class ListFileReader {

    /** A commune has at most a few dozen villages; far more rows is not a team list. */
    public static final int MAX_ROWS = 5_000;
    private static final long MAX_XML_BYTES = 50L * 1024 * 1024;

    /** One row as the file numbers it (1-based), cells by column. */
    public record RawRow(int number, List<String> cells) {
    }

    private ListFileReader() {
    }

    public static List<RawRow> read(byte[] content) {
        return read(content, MAX_ROWS);
    }

    /** As {@link #read(byte[])} with another bound on rows (a national unit catalogue has some 11,000). */
    public static List<RawRow> read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw refused("import.empty-file");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return xlsx(content, maxRows);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            // An OLE2 container: an encrypted (password-protected) workbook or an old .xls.
            throw refused("import.encrypted-or-xls");
        }
        for (int i = 0; i < Math.min(content.length, 4096); i++) {
            if (content[i] == 0) {
                throw refused("import.not-a-spreadsheet");
            }
        }
        return csv(decode(content), maxRows);
    }

    private static List<RawRow> xlsx(byte[] content, int maxRows) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_XML_BYTES);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw refused("import.not-a-spreadsheet");
            }
            SheetHandler handler = new SheetHandler(strings, maxRows);
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.newSAXParser().parse(sheet, handler);
            }
            return handler.rows;
        } catch (DomainException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            throw refused("import.unreadable");
        } catch (Exception | LinkageError e) {
            // Zip bombs, broken archives, encrypted or non-OOXML zips all end here: refuse the file as a whole.
            throw refused("import.unreadable");
        }
    }

    /** SAX over sheet XML: rows, cells by column letter, shared and inline strings; formulas refused. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final List<RawRow> rows = new ArrayList<>();
        private List<String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private String reference;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;

        private final int maxRows;

        SheetHandler(ReadOnlySharedStringsTable strings, int maxRows) {
            this.strings = strings;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) throws SAXException {
            switch (local) {
                case "row" -> {
                    cells = new ArrayList<>();
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    reference = attributes.getValue("r");
                    type = attributes.getValue("t");
                    column = reference == null ? cells.size() : column(reference);
                    text.setLength(0);
                }
                case "f" -> throw new SAXException(refused("import.formula", reference));
                case "v", "t" -> collecting = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v", "t" -> collecting = false;
                case "c" -> {
                    while (cells.size() <= column) {
                        cells.add(null);
                    }
                    cells.set(column, value());
                }
                case "row" -> {
                    if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                        if (rows.size() >= maxRows) {
                            throw new SAXException(refused("import.too-many-rows", String.valueOf(maxRows)));
                        }
                        rows.add(new RawRow(rowNumber, cells));
                    }
                }
                default -> { }
            }
        }

        private String value() {
            String raw = text.toString();
            if (raw.isEmpty()) {
                return null;
            }
            if ("s".equals(type)) {
                return strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            }
            if (type == null || "n".equals(type)) {
                try {
                    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return raw;
        }

        private static int column(String reference) {
            int column = 0;
            for (char c : reference.toCharArray()) {
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** UTF-8 (with or without BOM) or, failing that, the Vietnamese Windows code page old machines write. */
    private static String decode(byte[] content) {
        int offset = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1258"));
        }
    }

    /** RFC 4180 CSV with the delimiter the header line uses most (",", ";" or tab). */
    private static List<RawRow> csv(String text, int maxRows) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = ',';
        long best = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        List<RawRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addRow(rows, rowStart, cells, maxRows);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        addRow(rows, rowStart, cells, maxRows);
        return rows;
    }

    private static void addRow(List<RawRow> rows, int number, List<String> cells, int maxRows) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            if (rows.size() >= maxRows) {
                throw refused("import.too-many-rows", String.valueOf(maxRows));
            }
            rows.add(new RawRow(number, cells));
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static DomainException refused(String key, Object... args) {
        return DomainException.invalid(List.of(new FieldViolation("file", key, args)));
    }
}
