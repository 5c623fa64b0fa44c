package vn.cds.teams.units.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.imports.infrastructure.ListFileReader;
import vn.cds.teams.units.domain.CatalogueRow;
import vn.cds.teams.units.domain.MergeRow;

/**
 * Reads the statistics office's shapes of unit files (CSV or XLSX, the same reader and limits as team-list imports):
 * a catalogue ({@code code,name,type,level,parent_code}) and a reorganisation
 * ({@code new_code,new_name,old_code,old_name,old_district_code,part}). Columns are found by their header names.
 */
public final class UnitFiles {

    /** Far above the national catalogue of March 2025 (10,806 rows) and the national merges (10,604). */
    static final int MAX_ROWS = 20_000;

    private static final List<String> CATALOGUE = List.of("code", "name", "type", "level", "parent_code");
    private static final List<String> MERGES = List.of("new_code", "new_name", "old_code", "old_name",
            "old_district_code", "part");

    private UnitFiles() {
    }

    public static List<CatalogueRow> catalogue(byte[] content) {
        return read(content, CATALOGUE, (n, c) -> new CatalogueRow(n, c[0], c[1], c[2], c[3], c[4]));
    }

    public static List<MergeRow> merges(byte[] content) {
        return read(content, MERGES, (n, c) -> new MergeRow(n, c[0], c[1], c[2], c[3], c[4], c[5]));
    }

    private interface RowMaker<T> {
        T make(int number, String[] cells);
    }

    private static <T> List<T> read(byte[] content, List<String> columns, RowMaker<T> maker) {
        List<ListFileReader.RawRow> raw = ListFileReader.read(content, MAX_ROWS);
        if (raw.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "import.empty-file")));
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = raw.get(0).cells();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = columns.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "unit-file.columns",
                    String.join(", ", columns))));
        }
        return raw.subList(1, raw.size()).stream().map(row -> {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                int at = header.get(columns.get(i));
                String cell = at < row.cells().size() ? row.cells().get(at) : null;
                cells[i] = cell == null || cell.isBlank() ? null : cell.strip();
            }
            return maker.make(row.number(), cells);
        }).toList();
    }
}
