package org.themebot.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.themebot.TestClock;
import org.themebot.Themebot;
import org.themebot.config.ThemebotConfig;

/**
 * themebot in sandbox mode (no Slack credentials) on port 0 with a temporary SQLite file, and a
 * client doing what its page does. One per test class:
 * {@code @RegisterExtension static final SandboxPage page = new SandboxPage();}
 */
public final class SandboxPage implements BeforeAllCallback, AfterAllCallback {

    private final boolean demo;
    private final Clock clock;
    private Path folder;
    private Themebot app;
    private PageClient client;

    /** Without the demo, on a clock running from the tests' usual start. */
    public SandboxPage() {
        this(false, TestClock.running(TestClock.start()));
    }

    /**
     * demo: as with THEMEBOT_DEMO=1, the demo group is typed in at start. clock: the app's (the
     * sandbox's Slack keeps real time, as signatures need).
     */
    public SandboxPage(boolean demo, Clock clock) {
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("themebot-sandbox-");
        ThemebotConfig config = new ThemebotConfig(0,
                new ThemebotConfig.Database("jdbc:sqlite:" + folder.resolve("themebot.db"), Optional.empty(),
                        Optional.empty()),
                new ThemebotConfig.Slack(Optional.empty(), Optional.empty(), Optional.empty(), "https://slack.com/api/"),
                Duration.ofSeconds(1), ZoneId.of("Europe/London"), demo);
        app = Themebot.create(config, clock).start();
        client = new PageClient(URI.create("http://127.0.0.1:" + app.port()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public Themebot app() {
        return app;
    }

    public PageClient client() {
        return client;
    }
}
