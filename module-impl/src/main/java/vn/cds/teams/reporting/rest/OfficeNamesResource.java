package vn.cds.teams.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cds.teams.api.reporting.OfficeNamesInput;
import vn.cds.teams.api.reporting.OfficeNamesView;
import vn.cds.teams.api.security.CdsRoles;
import vn.cds.teams.reporting.application.OfficeNamesService;

/** A province's names over time: the programme's and the receiving offices' printed in reports. */
@Path("units/{code}/office-names")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly reports")
@RolesAllowed({CdsRoles.PORTAL_ADMIN, CdsRoles.PROVINCE_OFFICER})
public class OfficeNamesResource {

    @Inject
    OfficeNamesService names;

    @GET
    @Operation(summary = "A province's names over time (its own, or the national timeline if it set none)")
    public List<OfficeNamesView> list(@PathParam("code") String code) {
        return names.list(code);
    }

    @PUT
    @Operation(summary = "Replace a province's names over time: {periods: [{validFrom, validTo, programmeName,"
            + " provinceOffice, districtOffice, communeOffice}]}, not overlapping; an empty list restores the national"
            + " timeline")
    public List<OfficeNamesView> replace(@PathParam("code") String code, OfficeNamesInput input) {
        return names.replace(code, input);
    }
}
