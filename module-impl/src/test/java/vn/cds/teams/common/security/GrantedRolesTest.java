package vn.cds.teams.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GrantedRolesTest {

    private static final List<String> ROLES = List.of("PROVINCE_OFFICER", "COMMUNE_OFFICER", "TEAM_LEADER");

    @Test
    void theContainerIsAskedOncePerSetOfPrincipals() {
        GrantedRoles granted = new GrantedRoles();
        List<String> asked = new ArrayList<>();
        Set<String> officer = Set.of("user:an", "group:COMMUNE_OFFICER", "group:unit:04048");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("COMMUNE_OFFICER"), granted.of(officer, ROLES, role -> {
                asked.add(role);
                return role.equals("COMMUNE_OFFICER");
            }));
        }
        assertEquals(ROLES, asked, "each role once, for the first request only");

        // Other principals (the same user with another group) are asked again: roles follow groups.
        Set<String> leader = Set.of("user:an", "group:TEAM_LEADER", "group:unit:04048");
        assertEquals(List.of("TEAM_LEADER"), granted.of(leader, ROLES, role -> {
            asked.add(role);
            return role.equals("TEAM_LEADER");
        }));
        assertEquals(6, asked.size());
    }

    @Test
    void beyondItsCapacityItForgetsRatherThanGrows() {
        GrantedRoles granted = new GrantedRoles();
        int[] asked = {0};
        for (int i = 0; i <= GrantedRoles.CAPACITY; i++) {
            granted.of(Set.of("user:" + i), ROLES, role -> ++asked[0] < 0);
        }
        assertEquals((GrantedRoles.CAPACITY + 1) * ROLES.size(), asked[0]);
        granted.of(Set.of("user:0"), ROLES, role -> ++asked[0] < 0);
        assertEquals((GrantedRoles.CAPACITY + 2) * ROLES.size(), asked[0], "user 0 was forgotten at the limit");
    }
}
