package kg.neo4jtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import picocli.CommandLine;

/**
 * A real Neo4j Community DBMS, embedded, for kg's integration tests (see
 * scripts/neo4j-test-server, which writes the config and starts this class).
 *
 * <p>Usage: {@code TestServer HOME_DIR CONF_DIR READY_FILE}, with CONF_DIR/neo4j.conf
 * (Bolt, auth, memory) and the password of user neo4j in NEO4J_TEST_PASSWORD.
 * READY_FILE is written once the server accepts logins and removed on shutdown;
 * SIGTERM/SIGINT run a clean shutdown.
 */
public final class TestServer {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: TestServer HOME_DIR CONF_DIR READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path confDir = Path.of(args[1]).toAbsolutePath();
        Path ready = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(ready);
        long t0 = System.nanoTime();
        try {
            setInitialPassword(home, confDir, System.getenv().getOrDefault("NEO4J_TEST_PASSWORD", "kg-test-password"));
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                    .loadPropertiesFromFile(confDir.resolve("neo4j.conf"))
                    .build();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("TestServer: shutting down");
                try {
                    Files.deleteIfExists(ready);
                } catch (Exception ignored) {
                    // best effort
                }
                dbms.shutdown();
                System.out.println("TestServer: stopped");
            }));
            Files.writeString(ready, ProcessHandle.current().pid() + "\n");
            System.out.printf("TestServer: ready in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // Neo4j's non-daemon threads would otherwise keep a broken server alive
        }
        new CountDownLatch(1).await(); // serve until SIGTERM / SIGINT
    }

    /**
     * What {@code neo4j-admin dbms set-initial-password} does: writes data/dbms/auth.ini, which
     * the DBMS applies when it initialises user neo4j (a fresh dir), so no Cypher is needed.
     * A reused dir keeps the password it was created with.
     */
    private static void setInitialPassword(Path home, Path confDir, String password) {
        if (Files.isDirectory(home.resolve("data/databases/system"))) {
            return; // initialised before: the password was set then
        }
        int rc = new CommandLine(new SetInitialPasswordCommand(new ExecutionContext(home, confDir)))
                .execute(password);
        if (rc != 0) {
            throw new IllegalStateException("set-initial-password failed with exit code " + rc);
        }
    }
}
