package vn.cds.teams.api.documents;

import java.util.List;

/**
 * A change of who signs a unit's documents of one kind and whom they go to (the version travels in If-Match); the
 * fields are those of {@link DocumentSettingsView}.
 */
public record DocumentSettingsInput(DocumentKind kind, String onBehalfOf, SigningAuthority authority,
                                    String headTitle, String signerTitle, String signerName, List<String> recipients,
                                    String archive) {
}
