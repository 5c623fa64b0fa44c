package vn.cds.teams.api.membership;

import vn.cds.teams.api.registry.Profession;

/** The person who asks to join (R7). */
public record ApplicantInput(String fullName, String phone, String position, Profession profession) {
}
