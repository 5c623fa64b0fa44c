package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.Profession;

/**
 * Who a person is, as a team keeps them and as a request to join or leave names them: the same four columns in
 * both tables. Immutable; built from checked {@link MemberDetails} only. Each entity holds its own instance.
 */
@Embeddable
public class Person {

    @Column(name = "full_name")
    private String fullName;

    private String phone;

    @Column(name = "position_title")
    private String position;

    @Enumerated(EnumType.STRING)
    private Profession profession;

    protected Person() {
    }

    private Person(String fullName, String phone, String position, Profession profession) {
        this.fullName = fullName;
        this.phone = phone;
        this.position = position;
        this.profession = profession;
    }

    /** The person of details already cleaned and checked (name in NFC, canonical phone). */
    public static Person of(MemberDetails details) {
        return new Person(details.fullName(), details.phone(), details.position(), details.profession());
    }

    /** A copy for another entity to hold (an embedded value belongs to one entity). */
    public Person copy() {
        return new Person(fullName, phone, position, profession);
    }

    /** This person's details with a role, checked again as any input is. */
    public MemberDetails as(MemberRole role) {
        return MemberDetails.of(fullName, phone, position, role, profession);
    }

    public boolean hasPhone(String canonicalPhone) {
        return Objects.equals(phone, canonicalPhone);
    }

    public String fullName() {
        return fullName;
    }

    public String phone() {
        return phone;
    }

    public String position() {
        return position;
    }

    public Profession profession() {
        return profession;
    }
}
