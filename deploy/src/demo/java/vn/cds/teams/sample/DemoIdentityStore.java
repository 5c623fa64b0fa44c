package vn.cds.teams.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The demo users (password {@code demo}) of the demo WAR. It is not in the WAR a portal deploys, so there the users
 * do not exist. Their groups are a role plus {@code unit:<code>}, the same shape a portal grants.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

    @Inject
    SampleData sampleData;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!"demo".equals(login.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = sampleData.groupsOf(login.getCaller());
        return groups.isEmpty() ? CredentialValidationResult.INVALID_RESULT
                : new CredentialValidationResult(login.getCaller(), groups);
    }
}
