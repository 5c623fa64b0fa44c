package vn.cds.teams.api.security;

import java.util.Set;

/**
 * SPI: which administrative units the current caller may act on. Each returned code covers that unit and
 * everything below it. The default implementation reads groups named {@code unit:<code>}; a portal replaces it
 * (it may inject the Jakarta Security {@code SecurityContext} or the MicroProfile {@code JsonWebToken}) with an {@code @Alternative @Priority} CDI bean of its own (e.g. one that looks the officer up in its directory).
 */
public interface JurisdictionResolver {

    /** Unit codes of the caller's jurisdiction; empty when the caller has none. */
    Set<String> unitCodes();
}
