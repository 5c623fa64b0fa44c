package vn.cds.teams.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleAuthorizationTest {

    @RolesAllowed("OFFICER")
    static class Declared {
        public void inherits() {
        }

        @RolesAllowed({"CHAIR", "LEADER"})
        public void narrows() {
        }

        @PermitAll
        public void opens() {
        }

        @DenyAll
        public void closes() {
        }
    }

    static class Undeclared {
        public void forgotten() {
        }
    }

    @PermitAll
    static class Public {
        @RolesAllowed("ADMIN")
        public void guarded() {
        }

        public void open() {
        }
    }

    @Test
    void theMethodsDeclarationWinsOverItsClass() throws Exception {
        assertEquals(List.of("OFFICER"), roles(Declared.class, "inherits"));
        assertEquals(List.of("CHAIR", "LEADER"), roles(Declared.class, "narrows"));
        assertNull(roles(Declared.class, "opens"));
        assertEquals(List.of(), roles(Declared.class, "closes"));
        assertEquals(List.of("ADMIN"), roles(Public.class, "guarded"));
        assertNull(roles(Public.class, "open"));
    }

    @Test
    void aMethodWithoutAnyDeclarationIsClosedToEveryone() throws Exception {
        assertEquals(List.of(), roles(Undeclared.class, "forgotten"));
    }

    private static List<String> roles(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getMethod(name);
        return RoleAuthorization.requiredRoles(method, type);
    }
}
