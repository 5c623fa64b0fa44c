package vn.cds.teams.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import vn.cds.teams.sample.SampleData;

/**
 * The demo users (password {@code demo}) of sample-data mode. Outside that mode this store validates nobody, so
 * the users do not exist. Their groups are a role plus {@code unit:<code>}, the same shape a portal grants.
 */
@ApplicationScoped
public class SampleIdentityStore implements IdentityStore {

    @Inject
    SampleData sampleData;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!sampleData.enabled() || !(credential instanceof UsernamePasswordCredential login)) {
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
