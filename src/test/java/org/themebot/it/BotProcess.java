package org.themebot.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.themebot.TestClock;

/**
 * themebot as a child JVM ({@link ClockedMain} on the test classpath, on a test clock that
 * starts at {@link TestClock#start()} and runs on through restarts), so a
 * test can kill it with SIGKILL or watch it refuse to start. Its output goes to {@code bot.log}
 * in the given folder, which failing assertions print.
 */
final class BotProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Process process;
    /** The test clock runs on across restarts, as real time does: a restart never goes back in time. */
    private final Clock clock = TestClock.running(TestClock.start());

    BotProcess(Path dir) {
        this.dir = dir;
        env.put("THEMEBOT_DB_URL", "jdbc:sqlite:" + dir.resolve("themebot.db"));
        env.put("THEMEBOT_SWEEP_INTERVAL", "PT1S");
        env.put("THEMEBOT_PORT", Integer.toString(freePort()));
    }

    /** Sets an environment variable of the bot (SLACK_*, THEMEBOT_*). */
    BotProcess with(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** The bot's "now": the test clock it runs on. */
    Instant now() {
        return clock.instant();
    }

    int port() {
        return Integer.parseInt(env.get("THEMEBOT_PORT"));
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Starts the JVM (without waiting for it to be ready). */
    BotProcess start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Short-lived: the quick compiler alone, and the serial collector (measured: a start to
        // healthy costs ~6.5 CPU s with G1's threads beside the application's, ~5 s without), and
        // no bytecode verification of the classes we compiled and Maven fetched (~1 CPU s less).
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote",
                "-Dthemebot.test.now=" + clock.instant(), "-cp", System.getProperty("java.class.path"),
                ClockedMain.class.getName())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("THEMEBOT_"));
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts it and waits until /healthz answers 200; false if not within a minute (a deadline for a loaded machine). */
    boolean startAndAwaitHealthy() {
        start();
        return Boolean.TRUE.equals(FakeSlack.waitFor(() -> {
            if (!process.isAlive()) {
                return false;
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(uri().resolve("/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? true : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofMinutes(1)));
    }

    /** SIGKILL: no shutdown hook runs, as when the machine or the container dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The exit code, once the process has ended within the wait; null while it still runs. */
    Integer exitCode(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    String log() {
        try {
            Path log = dir.resolve("bot.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
