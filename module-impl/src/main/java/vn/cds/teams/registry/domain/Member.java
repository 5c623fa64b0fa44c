package vn.cds.teams.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.common.text.VietnameseText;

/** A person in a team. Part of the {@link Team} aggregate: changed only through it. Never deleted: leaving sets {@code leftOn}. */
@Entity
@Table(name = "team_member")
public class Member {

    @Id
    private String id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @Embedded
    private Person person;

    @Column(name = "name_search")
    private String nameSearch;

    @Column(name = "name_sort")
    private String nameSort;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role")
    private MemberRole role;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Member() {
    }

    Member(Team team, MemberDetails details, LocalDate joinedOn) {
        this.id = UUID.randomUUID().toString();
        this.team = team;
        this.joinedOn = joinedOn;
        apply(details);
    }

    void apply(MemberDetails details) {
        this.person = Person.of(details);
        this.nameSearch = VietnameseText.fold(details.fullName());
        this.nameSort = VietnameseText.sortKey(details.fullName());
        this.role = details.role();
    }

    void leave(LocalDate on) {
        this.leftOn = on;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    /** Counts towards the team's size (R4): every active member but collaborators. */
    public boolean countsTowardsSize() {
        return isActive() && role != MemberRole.COLLABORATOR;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Team team() {
        return team;
    }

    public Person person() {
        return person;
    }

    public MemberRole role() {
        return role;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }
}
