package vn.cds.teams.registry.domain;

import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.PhoneNumber;
import vn.cds.teams.common.text.VietnameseText;

/** A person's details as typed, cleaned and checked: name in NFC, phone canonical, role given. */
public record MemberDetails(String fullName, String phone, String position, MemberRole role, Profession profession) {

    public static MemberDetails of(String fullName, String phone, String position, MemberRole role,
                                   Profession profession) {
        String name = VietnameseText.clean(fullName);
        String cleanPosition = VietnameseText.clean(position);
        Validation validation = new Validation();
        if (validation.required("fullName", name)) {
            validation.maxLength("fullName", name, 200);
        }
        String canonicalPhone = null;
        if (validation.required("phone", phone)) {
            canonicalPhone = PhoneNumber.canonical(phone).orElse(null);
            if (canonicalPhone == null) {
                validation.add("phone", "field.phone");
            }
        }
        validation.maxLength("position", cleanPosition, 200);
        validation.required("role", role);
        validation.throwIfInvalid();
        return new MemberDetails(name, canonicalPhone, cleanPosition, role,
                profession == null ? Profession.OTHER : profession);
    }
}
