package vn.cds.teams.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For the load benchmark (deploy/src/bench/load-benchmark.sh): a portal issuer's trust lines for the WAR's
 * configuration and one bearer token of the user the Basic login uses, valid for the length of a run.
 * Arguments: the configuration file to write, the token file to write, the user, its groups.
 */
public final class BenchmarkToken {

    private BenchmarkToken() {
    }

    public static void main(String[] args) throws IOException {
        PortalTokens portal = new PortalTokens("https://portal.example.vn");
        Files.writeString(Path.of(args[0]), portal.configuration() + "\n");
        Files.writeString(Path.of(args[1]), portal.token(args[2], List.of(args).subList(3, args.length), 4 * 3600));
    }
}
