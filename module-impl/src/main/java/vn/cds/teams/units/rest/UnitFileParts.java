package vn.cds.teams.units.rest;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cds.teams.api.units.UnitChangeReport;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.FieldViolation;
import vn.cds.teams.common.rest.Messages;
import vn.cds.teams.imports.infrastructure.ListFileReader;
import vn.cds.teams.units.application.UnitChangeService;
import vn.cds.teams.units.domain.UnitChangePlan;

/** The multipart files of catalogue and reorganisation loads, and the report they answer with. */
final class UnitFileParts {

    private UnitFileParts() {
    }

    static String name(EntityPart part) {
        return part == null ? null : part.getFileName().orElse(null);
    }

    static byte[] content(EntityPart part, String field) {
        if (part == null) {
            throw DomainException.invalid(List.of(new FieldViolation(field, "field.required")));
        }
        try (InputStream in = part.getContent()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw DomainException.invalid(List.of(new FieldViolation(field, "import.unreadable")));
        }
    }

    /** Village code to new commune code, from a CSV whose first row is a header (village_code,new_code). */
    static Map<String, String> placements(EntityPart part) {
        Map<String, String> placements = new LinkedHashMap<>();
        if (part == null) {
            return placements;
        }
        byte[] content = content(part, "placements");
        if (content.length == 0) {
            return placements;
        }
        List<ListFileReader.RawRow> rows = ListFileReader.read(content);
        for (ListFileReader.RawRow row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (row.cells().size() < 2 || row.cells().get(0).isBlank() || row.cells().get(1).isBlank()) {
                throw DomainException.invalid(List.of(new FieldViolation("placements", "unit-file.placement-row",
                        row.number())));
            }
            placements.put(row.cells().get(0).strip(), row.cells().get(1).strip());
        }
        return placements;
    }

    private static Map<String, Integer> counts(UnitChangePlan plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.counts().forEach((action, count) -> counts.put(action.name(), count));
        return counts;
    }

    /** 200 with the report; 422 with it when applying was asked and refused. */
    static Response answer(String scope, LocalDate day, boolean dryRun, UnitChangeService.Outcome outcome,
                           HttpHeaders headers) {
        Locale locale = Messages.localeOf(headers);
        UnitChangePlan plan = outcome.plan();
        UnitChangeReport report = new UnitChangeReport(scope == null || scope.isBlank() ? null : scope.strip(), day,
                dryRun, outcome.applied(), plan.rows(), plan.ignoredRows(), counts(plan),
                plan.steps().stream().map(s -> new UnitChangeReport.Change(s.row(), s.action(), s.code(), s.name(),
                        s.otherCode(), s.part() != null ? s.part() : s.type() == null ? null : s.type().label()))
                        .toList(),
                plan.issues().stream().map(i -> new UnitChangeReport.Problem(i.row(), i.field(),
                        Messages.text(locale, i.messageKey(), i.args()))).toList(),
                plan.villagesToPlace());
        return Response.status(!dryRun && !plan.applicable() ? 422 : 200).entity(report).build();
    }
}
