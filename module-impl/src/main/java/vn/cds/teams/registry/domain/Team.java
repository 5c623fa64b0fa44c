package vn.cds.teams.registry.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import vn.cds.teams.api.registry.MemberRole;
import vn.cds.teams.api.registry.TeamStatus;
import vn.cds.teams.api.units.UnitLevel;
import vn.cds.teams.common.domain.DomainException;
import vn.cds.teams.common.domain.Validation;
import vn.cds.teams.common.text.VietnameseText;
import vn.cds.teams.units.domain.AdministrativeUnit;

/**
 * A community digital transformation team: one per commune (R1) or per chosen village (R2), with its members.
 * The aggregate root: every change of its members goes through it, so that R4-R6 hold and the counts that lists
 * show (member count, leader's name) never drift from the members themselves.
 */
@Entity
@Table(name = "team")
public class Team {

    private static final String ZALO_PREFIX = "https://zalo.me/";

    @Id
    private String id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_code")
    private AdministrativeUnit unit;

    /** The unit's key as a plain column (written through {@link #unit}): a list reads it without joining the unit. */
    @Column(name = "unit_code", insertable = false, updatable = false)
    private String unitCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_code")
    private AdministrativeUnit commune;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_level")
    private UnitLevel level;

    private String name;

    @Column(name = "name_search")
    private String nameSearch;

    @Column(name = "name_sort")
    private String nameSort;

    /** Copied from the unit (paths never change): lists filter teams by jurisdiction without a join. */
    @Column(name = "unit_path")
    private String unitPath;

    /** The team's place in lists, see {@link #listOrder}. */
    @Column(name = "list_order")
    private String listOrder;

    @Column(name = "zalo_group_url")
    private String zaloGroupUrl;

    @Enumerated(EnumType.STRING)
    private TeamStatus status;

    @Embedded
    private EstablishmentDecision establishment;

    @Embedded
    private Dissolution dissolution;

    @Column(name = "member_count")
    private int memberCount;

    @Column(name = "collaborator_count")
    private int collaboratorCount;

    @Column(name = "deputy_count")
    private int deputyCount;

    @Column(name = "leader_name")
    private String leaderName;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("joinedOn")
    private List<Member> members = new ArrayList<>();

    protected Team() {
    }

    /** A draft team for a commune (R1) or a village (R2); its level is the unit's. */
    public static Team draft(AdministrativeUnit unit, AdministrativeUnit commune, String name, String zaloGroupUrl) {
        if (unit.level() != UnitLevel.COMMUNE && unit.level() != UnitLevel.VILLAGE) {
            throw DomainException.ruleViolation("R1", "team.unit-level", unit.name());
        }
        Team team = new Team();
        team.id = UUID.randomUUID().toString();
        team.unit = unit;
        team.unitCode = unit.code();
        team.commune = commune;
        team.level = unit.level();
        team.unitPath = unit.path();
        team.status = TeamStatus.DRAFT;
        team.createdAt = Instant.now();
        team.describe(name == null || name.isBlank() ? unit.name() : name, zaloGroupUrl);
        return team;
    }

    /**
     * Where a team stands in lists: by commune (its path), the commune team before the village teams, then by name
     * in Vietnamese order. A unit's path is a prefix of the list order of every team of its communes, so a page
     * of a province's teams is one index range (migration V5 fills it for older rows the same way).
     */
    public static String listOrder(String communePath, UnitLevel level, String nameSortKey) {
        return communePath + (level == UnitLevel.COMMUNE ? "0" : "1") + nameSortKey;
    }

    /** Name and Zalo group link (R11). */
    public void describe(String newName, String newZaloGroupUrl) {
        if (status == TeamStatus.DISSOLVED) {
            throw DomainException.conflict("team.dissolved-unchanged", name);
        }
        String cleanName = VietnameseText.clean(newName);
        String cleanUrl = newZaloGroupUrl == null || newZaloGroupUrl.isBlank() ? null : newZaloGroupUrl.strip();
        Validation validation = new Validation();
        if (validation.required("name", cleanName)) {
            validation.maxLength("name", cleanName, 200);
        }
        if (cleanUrl != null && (!cleanUrl.startsWith(ZALO_PREFIX) || cleanUrl.length() > 500
                || cleanUrl.chars().anyMatch(Character::isWhitespace))) {
            validation.add("zaloGroupUrl", "field.zalo-url");
        }
        validation.throwIfInvalid();
        this.name = cleanName;
        this.nameSearch = VietnameseText.fold(cleanName);
        this.nameSort = VietnameseText.sortKey(cleanName);
        this.listOrder = listOrder(commune.path(), level, nameSort);
        this.zaloGroupUrl = cleanUrl;
    }

    public Member addMember(MemberDetails details, TeamSize size, LocalDate today) {
        requireDraftForDirectEdit();
        checkRoster(null, details, size);
        Member member = new Member(this, details, today);
        members.add(member);
        recount();
        return member;
    }

    /**
     * A person is an active member of one commune team and one village team at most: whether another team of this
     * team's level is among the teams the person is already active in.
     */
    public boolean anotherOfItsLevelAmong(Collection<Team> teamsOfPerson) {
        return teamsOfPerson.stream().anyMatch(other -> !other.id.equals(id) && other.level == level);
    }

    public void changeMember(Member member, MemberDetails details, TeamSize size) {
        requireDraftForDirectEdit();
        requireActive(member);
        checkRoster(member, details, size);
        member.apply(details);
        recount();
    }

    /** The member leaves; their record stays with its left date. */
    public void removeMember(Member member, LocalDate today) {
        requireDraftForDirectEdit();
        requireActive(member);
        member.leave(today);
        recount();
    }

    /**
     * R7: an approved request to join. The person becomes a member, or joins the collaborator group when the team
     * already has its maximum (R4); the returned member says which.
     */
    public Member admit(MemberDetails details, TeamSize size, LocalDate today) {
        requireEstablished();
        long counted = members.stream().filter(Member::countsTowardsSize).count();
        MemberRole role = counted >= size.maximum() ? MemberRole.COLLABORATOR : MemberRole.MEMBER;
        MemberDetails asMember = new MemberDetails(details.fullName(), details.phone(), details.position(), role,
                details.profession());
        checkRoster(null, asMember, size);
        Member member = new Member(this, asMember, today);
        members.add(member);
        recount();
        return member;
    }

    /** R8: an approved request to leave; a leader or deputy who leaves leaves the role vacant (flagged). */
    public void release(Member member, LocalDate today) {
        requireEstablished();
        requireActive(member);
        member.leave(today);
        recount();
    }

    /** Whether an active member of this team has this (canonical) phone. */
    public boolean hasActiveMemberWithPhone(String phone) {
        return members.stream().anyMatch(m -> m.isActive() && m.person().hasPhone(phone));
    }

    private void requireEstablished() {
        if (status != TeamStatus.ESTABLISHED) {
            throw DomainException.conflict("team.not-established", status);
        }
    }

    /** R3: the chairman's decision establishes the team; R5/R6: only with the roles the directive demands. */
    public void establish(EstablishmentDecision decision) {
        if (status != TeamStatus.DRAFT) {
            throw DomainException.conflict("team.not-draft", status);
        }
        if (leaderName == null) {
            throw DomainException.ruleViolation(roleRule(), "team.needs-leader");
        }
        if (level == UnitLevel.COMMUNE && deputyCount != 1) {
            throw DomainException.ruleViolation("R5", "team.commune-needs-deputy");
        }
        this.establishment = decision;
        this.status = TeamStatus.ESTABLISHED;
    }

    /**
     * The chairman's signed paper on file with the dissolution decision: only a team dissolved by a decision (a
     * reorganisation's resolution is the province's paper, not the commune's). The rest of the team stays as it is.
     */
    public void attachDissolutionScan(ScanType type, long size, String sha256, String by, Instant at) {
        if (dissolution == null || dissolution.signer() == null) {
            throw DomainException.conflict("team.no-dissolution-decision");
        }
        this.dissolution = dissolution.withScan(type, size, sha256, by, at);
    }

    /** The chairman's signed paper on file with the establishment decision (the team must be established). */
    public void attachEstablishmentScan(ScanType type, long size, String sha256, String by, Instant at) {
        if (establishment == null || establishment.number() == null) {
            throw DomainException.conflict("team.no-establishment-decision");
        }
        this.establishment = establishment.withScan(type, size, sha256, by, at);
    }

    /**
     * Ends the team (a draft or an established one) by a decision or a reorganisation; members, decision and history
     * stay as they are, readable. A dissolved team is not dissolved again.
     */
    public void dissolve(Dissolution reason) {
        if (status == TeamStatus.DISSOLVED) {
            throw DomainException.conflict("team.already-dissolved", name);
        }
        this.dissolution = reason;
        this.status = TeamStatus.DISSOLVED;
    }

    /**
     * Starts this draft from the members of a dissolved team of its level (a merged commune's team from the old
     * communes' ones): each active member joins once, as they were; a leader or deputy joins as a member when this
     * team has one already; beyond the maximum size people join the collaborator group (R4). People for whom
     * {@code activeElsewhere} holds (by canonical phone) are left out.
     *
     * @return how many joined
     */
    public int takeMembersOf(Team dissolved, TeamSize size, LocalDate today, Predicate<String> activeElsewhere) {
        requireDraftForDirectEdit();
        if (dissolved.status != TeamStatus.DISSOLVED || dissolved.level != level) {
            throw DomainException.conflict("team.not-dissolved", dissolved.name);
        }
        int taken = 0;
        for (Member member : List.copyOf(dissolved.members)) {
            Person person = member.person();
            if (!member.isActive() || hasActiveMemberWithPhone(person.phone()) || activeElsewhere.test(person.phone())) {
                continue;
            }
            MemberRole role = member.role();
            if (role == MemberRole.LEADER && leaderName != null || role == MemberRole.DEPUTY && deputyCount > 0) {
                role = MemberRole.MEMBER;
            }
            if (role != MemberRole.COLLABORATOR
                    && members.stream().filter(Member::countsTowardsSize).count() >= size.maximum()) {
                role = MemberRole.COLLABORATOR;
            }
            addMember(new MemberDetails(person.fullName(), person.phone(), person.position(), role,
                    person.profession()), size, today);
            taken++;
        }
        return taken;
    }

    /**
     * A village team goes with its village to another commune (the village as it is from then on, a unit of its
     * own with its own path); lists then show it under the new commune.
     */
    public void followVillage(AdministrativeUnit village, AdministrativeUnit newCommune) {
        if (level != UnitLevel.VILLAGE || village.level() != UnitLevel.VILLAGE
                || !newCommune.code().equals(village.parentCode())) {
            throw DomainException.conflict("team.unit-fixed");
        }
        this.unit = village;
        this.unitCode = village.code();
        this.commune = newCommune;
        this.unitPath = village.path();
        this.listOrder = listOrder(newCommune.path(), level, nameSort);
    }

    /** Only a draft may be deleted; an established team keeps its history. */
    public void requireDeletable() {
        if (status != TeamStatus.DRAFT) {
            throw DomainException.conflict("team.delete-established", status);
        }
    }

    public Member member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("member.not-found", memberId));
    }

    public boolean isIncomplete(TeamSize size) {
        return isIncomplete(status, memberCount, size.minimum());
    }

    public boolean isDeputyVacant() {
        return isDeputyVacant(level, deputyCount);
    }

    /** R4: a team that is not dissolved and has fewer members than the province's minimum. */
    static boolean isIncomplete(TeamStatus status, int memberCount, int minimum) {
        return status != TeamStatus.DISSOLVED && memberCount < minimum;
    }

    /** R5: a commune team without a deputy leader (a village team needs none). */
    static boolean isDeputyVacant(UnitLevel level, int deputyCount) {
        return level == UnitLevel.COMMUNE && deputyCount == 0;
    }

    /** R7/R8: once established, membership changes only by request, endorsed and approved. */
    private void requireDraftForDirectEdit() {
        if (status != TeamStatus.DRAFT) {
            throw DomainException.ruleConflict("R7", "team.members-by-request", status);
        }
    }

    private static void requireActive(Member member) {
        if (!member.isActive()) {
            throw DomainException.conflict("member.already-left", member.leftOn());
        }
    }

    /** R4-R6 for the roster as it would be with {@code details} in place of {@code replaced} (null: added). */
    private void checkRoster(Member replaced, MemberDetails details, TeamSize size) {
        List<Member> others = members.stream().filter(Member::isActive).filter(m -> m != replaced).toList();
        if (others.stream().anyMatch(m -> m.person().hasPhone(details.phone()))) {
            new Validation().add("phone", "member.duplicate-phone").throwIfInvalid();
        }
        if (details.role() == MemberRole.LEADER && others.stream().anyMatch(m -> m.role() == MemberRole.LEADER)) {
            throw DomainException.ruleViolation(roleRule(), "team.one-leader");
        }
        if (details.role() == MemberRole.DEPUTY && others.stream().anyMatch(m -> m.role() == MemberRole.DEPUTY)) {
            throw DomainException.ruleViolation(roleRule(), "team.one-deputy");
        }
        if (details.role() != MemberRole.COLLABORATOR
                && others.stream().filter(Member::countsTowardsSize).count() >= size.maximum()) {
            throw DomainException.ruleViolation("R4", "team.full", size.maximum());
        }
    }

    private String roleRule() {
        return level == UnitLevel.COMMUNE ? "R5" : "R6";
    }

    private void recount() {
        memberCount = (int) members.stream().filter(Member::countsTowardsSize).count();
        collaboratorCount = (int) members.stream()
                .filter(m -> m.isActive() && m.role() == MemberRole.COLLABORATOR).count();
        deputyCount = (int) members.stream().filter(m -> m.isActive() && m.role() == MemberRole.DEPUTY).count();
        leaderName = members.stream().filter(m -> m.isActive() && m.role() == MemberRole.LEADER)
                .map(m -> m.person().fullName()).findFirst().orElse(null);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** Null unless dissolved. */
    public Dissolution dissolution() {
        return dissolution;
    }

    public AdministrativeUnit unit() {
        return unit;
    }

    public AdministrativeUnit commune() {
        return commune;
    }

    public UnitLevel level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String zaloGroupUrl() {
        return zaloGroupUrl;
    }

    String unitPath() {
        return unitPath;
    }

    String listOrder() {
        return listOrder;
    }

    public TeamStatus status() {
        return status;
    }

    public EstablishmentDecision establishment() {
        return establishment;
    }

    public int memberCount() {
        return memberCount;
    }

    public int collaboratorCount() {
        return collaboratorCount;
    }

    public String leaderName() {
        return leaderName;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Team team && Objects.equals(id, team.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
