package org.jisr.neo4jlocal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community in this JVM with only a Bolt connector on loopback, for Jisr's
 * development and tests. src/local-neo4j/local-neo4j.ts starts it and waits for the
 * {@link #READY_PREFIX} line on stdout; stdout carries nothing else, so that line is the
 * whole protocol. Everything meant for humans goes to stderr or to files under the data dir.
 *
 * <pre>
 * java -cp ... org.jisr.neo4jlocal.LocalNeo4jLauncher --port 7687 --data-dir .neo4j/data
 *      [--page-cache-mb 96] [--exit-on-stdin-eof]
 * </pre>
 */
public final class LocalNeo4jLauncher {
    static final String READY_PREFIX = "JISR_NEO4J_READY ";
    static final String HOST = "127.0.0.1";

    // Distinct codes let the parent tell a port clash (which the user fixes) from a crash.
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_START_FAILED = 4;
    static final int EXIT_DATA_DIR_IN_USE = 5;

    // Neo4j's own default is half of (RAM - heap), sized for a dedicated server; this one shares a
    // laptop or a 2-core CI machine with the service and its tests, and its graphs are small.
    private static final long DEFAULT_PAGE_CACHE_MB = 96;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile String stopReason = "unknown";
    private DatabaseManagementService dbms;
    private OutputStream userLog;
    private boolean stopped;

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: LocalNeo4jLauncher --port <0-65535> --data-dir <path> [--page-cache-mb <n>] [--exit-on-stdin-eof]");
            System.exit(EXIT_USAGE);
            return;
        }
        System.exit(new LocalNeo4jLauncher().run(options));
    }

    private int run(Options options) {
        // Neo4j would also fail on a taken port, but deep inside start-up and with a stack trace;
        // checking first gives the user one sentence that names the port and the fix.
        if (options.port != 0 && !isPortFree(options.port)) {
            System.err.println("Port " + options.port + " on " + HOST + " is already in use; "
                    + "set NEO4J_LOCAL_PORT to a free port or stop the other process");
            return EXIT_PORT_IN_USE;
        }

        installStopTriggers(options.exitOnStdinEof);

        int boltPort;
        try {
            boltPort = start(options);
        } catch (Throwable e) {
            stop();
            if (hasCause(e, FileLockException.class)) {
                // Typically `npm run neo4j` in one terminal and `npm start` in another on the default dir.
                System.err.println("Data directory " + options.dataDir + " is in use by another Neo4j process; "
                        + "stop that process or set NEO4J_LOCAL_DATA_DIR to another directory");
                return EXIT_DATA_DIR_IN_USE;
            }
            System.err.println("Local Neo4j failed to start (data dir " + options.dataDir + "): " + e);
            Throwable cause = e.getCause();
            while (cause != null) {
                System.err.println("  caused by: " + cause);
                cause = cause.getCause();
            }
            System.err.println("See " + options.dataDir.resolve("logs").resolve("debug.log") + " for details.");
            return EXIT_START_FAILED;
        }

        // A stop requested during start-up wins: announcing readiness now would hand the parent
        // a server that is about to go away.
        if (stopRequested.getCount() > 0) {
            System.out.println(READY_PREFIX + "bolt://" + HOST + ":" + boltPort);
            System.out.flush();
        }

        awaitStopRequest();
        System.err.println("Stopping local Neo4j (" + stopReason + ")");
        stop();
        return 0;
    }

    private int start(Options options) throws IOException {
        Path logs = options.dataDir.resolve("logs");
        Files.createDirectories(logs);
        userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);

        dbms = new DatabaseManagementServiceBuilder(options.dataDir)
                .setUserLogProvider(new Log4jLogProvider(userLog, Level.INFO))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port))
                // Auth is off because Bolt listens on loopback only: just processes on this machine
                // can connect, and on a developer's or CI machine those are the developer's own
                // service and tests. A password would be one more secret to configure for no real
                // protection. Never widen listen_address without turning auth back on.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb))
                // Preallocation reserves 256 MiB of transaction log per database up front; a
                // development or test database is small and test runs create many of them.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Netty waits this many seconds of silence on each of Bolt's two event loop groups
                // before stopping them (5 s each by default, so 10 s per shutdown). Connections are
                // already closed by then, and tests stop a server per run, so waiting buys nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
        }
        // A transaction proves the default database serves queries, not only that it is marked online.
        db.executeTransactionally("RETURN 1");

        // With port 0 Neo4j binds an ephemeral port; the register is the only place that knows
        // which one, and asking it avoids the race of probing for a free port beforehand.
        int boltPort = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        // build() returns once the connector is started; this connect makes the readiness line
        // a promise that a driver can connect, not an inference from the lifecycle.
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(HOST, boltPort), 5_000);
        }
        return boltPort;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Same reuse-address behaviour as Neo4j's own bind, so a port in TIME_WAIT after the
            // previous run counts as free, and only a live listener counts as taken.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void installStopTriggers(boolean exitOnStdinEof) {
        // SIGTERM/SIGINT are handled as signals rather than left to shutdown hooks so that
        // the main thread shuts Neo4j down and exits 0: a JVM ending from a hook exits 143/130,
        // which a supervisor would read as a crash.
        handleSignal("TERM");
        handleSignal("INT");
        // Covers exits we do not control (SIGHUP, System.exit elsewhere): still close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-neo4j-shutdown"));

        if (exitOnStdinEof) {
            // The parent holds the write end of our stdin. If it dies, even by SIGKILL where it
            // cannot clean up, the kernel closes that end and we read EOF: no orphaned database.
            Thread watcher = new Thread(() -> {
                InputStream in = System.in;
                byte[] buffer = new byte[256];
                try {
                    while (in.read(buffer) != -1) {
                        // The parent never writes; anything it does is ignored.
                    }
                } catch (IOException ignored) {
                    // A broken pipe means the same as EOF: the parent is gone.
                }
                requestStop("parent process closed stdin");
            }, "local-neo4j-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    @SuppressWarnings("restriction")
    private void handleSignal(String name) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> requestStop("SIG" + name));
        } catch (IllegalArgumentException e) {
            // The JVM reserves the signal (e.g. -Xrs): the shutdown hook still stops Neo4j.
        }
    }

    private void requestStop(String reason) {
        if (stopRequested.getCount() > 0) {
            stopReason = reason;
            stopRequested.countDown();
        }
    }

    private void awaitStopRequest() {
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Called from the main thread and possibly a shutdown hook; the store must be closed exactly once.
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (Throwable e) {
                System.err.println("Local Neo4j did not shut down cleanly: " + e);
            }
        }
        if (userLog != null) {
            try {
                userLog.close();
            } catch (IOException ignored) {
                // Nothing useful to do about a log we are abandoning anyway.
            }
        }
    }

    private static final class Options {
        int port = -1;
        Path dataDir;
        long pageCacheMb = DEFAULT_PAGE_CACHE_MB;
        boolean exitOnStdinEof;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port":
                        options.port = parseInt(arg, valueAfter(args, i++), 0, 65_535);
                        break;
                    case "--data-dir":
                        options.dataDir = Path.of(valueAfter(args, i++)).toAbsolutePath().normalize();
                        break;
                    case "--page-cache-mb":
                        options.pageCacheMb = parseInt(arg, valueAfter(args, i++), 8, 1_048_576);
                        break;
                    case "--exit-on-stdin-eof":
                        options.exitOnStdinEof = true;
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown argument \"" + arg + "\"");
                }
            }
            if (options.port < 0) {
                throw new IllegalArgumentException("Missing --port");
            }
            if (options.dataDir == null) {
                throw new IllegalArgumentException("Missing --data-dir");
            }
            return options;
        }

        private static String valueAfter(String[] args, int i) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected a value after " + args[i]);
            }
            return args[i + 1];
        }

        private static int parseInt(String name, String value, int min, int max) {
            try {
                int parsed = Integer.parseInt(value);
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException ignored) {
                // Falls through to the message below, which covers both cases.
            }
            throw new IllegalArgumentException(
                    "Expected " + name + " to be an integer from " + min + " to " + max + ", but got \"" + value + "\"");
        }
    }
}
