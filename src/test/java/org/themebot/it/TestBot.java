package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.themebot.TestClock;
import org.themebot.Themebot;
import org.themebot.config.ThemebotConfig;
import org.themebot.store.TestDatabase;

/**
 * The whole app under test: a FakeSlack, the real server (built by the same factory as Main) on
 * port 0 with a temporary SQLite file, and a SignedClient to talk to it. One per test class:
 * {@code @RegisterExtension static final TestBot bot = new TestBot();} — or, outside JUnit,
 * {@code try (TestBot bot = new TestBot().start()) { … }}.
 */
public final class TestBot implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** People in the fake workspace (user id → real name in users.info). */
    public static final String SUE = "U0SUE";
    public static final String DEBBIE = "U0DEBBIE";
    public static final String BALBIR = "U0BALBIR";
    public static final String JUNE = "U0JUNE";
    private static final Map<String, String> PEOPLE = Map.of(
            SUE, "Sue Bent", DEBBIE, "Debbie Briggs", BALBIR, "Balbir Sohal", JUNE, "June Jeffrey");

    /** The tables a change to actions, groups or good practice touches. */
    public static final List<String> DOMAIN_TABLES = List.of("theme_group", "group_role", "action", "action_owner",
            "action_event", "group_strand", "group_principle", "submission", "submission_strand");

    /** A table's content in short: its row count and a hash of all its rows. */
    public record TableState(long rows, String hash) {
    }

    private final Clock clock;
    /** Multi-workspace mode's settings; empty: one workspace with FakeSlack.BOT_TOKEN. */
    private final Optional<ThemebotConfig.Installs> installs;
    private final String signingSecret = UUID.randomUUID().toString().replace("-", "");
    private final AtomicInteger channels = new AtomicInteger();
    private Optional<ThemebotConfig.Mail> mail = Optional.empty();
    private Optional<URI> publicUrl = Optional.empty();
    private Path folder;
    private FakeSlack fake;
    private Themebot app;
    private SignedClient client;

    /** On a clock that starts at {@link TestClock#start()} and runs on with real time. */
    public TestBot() {
        this(TestClock.running(TestClock.start()));
    }

    /** With a clock of the test's own, passed to the app (requests are still signed at real time). */
    public TestBot(Clock clock) {
        this(clock, Optional.empty());
    }

    private TestBot(Clock clock, Optional<ThemebotConfig.Installs> installs) {
        this.clock = clock;
        this.installs = installs;
    }

    /** In multi-workspace mode: no workspace is served until it is installed through /slack/install. */
    public static TestBot multiWorkspace(Clock clock, ThemebotConfig.Installs installs) {
        return new TestBot(clock, Optional.of(installs));
    }

    /** With mail on: sent through this SMTP server, its links pointing at {@code publicUrl}. Before start. */
    public TestBot mailingThrough(ThemebotConfig.Mail mail, URI publicUrl) {
        this.mail = Optional.of(mail);
        this.publicUrl = Optional.of(publicUrl);
        return this;
    }

    public TestBot start() throws Exception {
        folder = Files.createTempDirectory("themebot-it-");
        TestDatabase.emptyFileAt(folder.resolve("themebot.db")); // migrated once per run, copied for each bot
        fake = FakeSlack.start();
        PEOPLE.forEach(fake::addUser);
        startApp();
        return this;
    }

    /**
     * Stops the app and starts it again on the same database file and the same fake Slack, as
     * after a deploy or a crash-free restart.
     */
    public TestBot restart() throws Exception {
        stop();
        startApp();
        return this;
    }

    /** Stops the app (cleanly), keeping its database and the fake Slack; {@link #restart} starts it again. */
    public void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    private void startApp() throws Exception {
        ThemebotConfig config = new ThemebotConfig(0,
                new ThemebotConfig.Database("jdbc:sqlite:" + folder.resolve("themebot.db"), Optional.empty(),
                        Optional.empty()),
                new ThemebotConfig.Slack(installs.isPresent() ? Optional.empty() : Optional.of(FakeSlack.BOT_TOKEN),
                        Optional.of(signingSecret), Optional.empty(), fake.apiUrl(), installs),
                Duration.ofSeconds(1), ZoneId.of("Europe/London"), false, publicUrl, mail);
        try {
            app = Themebot.create(config, clock).start();
        } catch (Exception | Error e) {
            close();
            throw e;
        }
        // Signatures are checked against real time (by Bolt and by themebot's endpoint), whatever
        // clock the domain runs on, so requests are signed at the wall clock.
        client = new SignedClient(URI.create("http://127.0.0.1:" + app.port()), signingSecret, fake,
                () -> System.currentTimeMillis() / 1000);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
            app = null;
        }
        if (fake != null) {
            fake.close();
            fake = null;
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folder = null;
        }
    }

    public FakeSlack fake() {
        return fake;
    }

    public SignedClient client() {
        return client;
    }

    public Themebot app() {
        return app;
    }

    /** The app's clock: what "now" and "today" are to the bot. */
    public Clock clock() {
        return clock;
    }

    public Jdbi jdbi() {
        return app.database().jdbi();
    }

    public String signingSecret() {
        return signingSecret;
    }

    // ---- the workspace

    /** A fresh channel the bot is in, so each test can have a group of its own. */
    public String newChannel(String name) {
        int n = channels.incrementAndGet();
        String id = "C" + String.format("%04d", n) + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        fake.addChannel(id, name + "-" + n);
        return id;
    }

    /** A mention as it arrives in escaped slash-command text: {@code <@U0SUE|sue.bent>}. */
    public String mention(String userId) {
        return "<@" + userId + "|" + fake.handle(userId) + ">";
    }

    public static String realName(String userId) {
        return PEOPLE.get(userId);
    }

    // ---- talking to the bot

    public CommandResult command(String userId, String channelId, String command, String text) {
        return client.command(userId, channelId, command, text);
    }

    /**
     * Sets up a theme group in a channel (the caller becomes chair unless named) and waits for the
     * confirmation; fails the test if it does not come.
     */
    public void setUpGroup(String channelId, String name, String chair, String secretary) {
        CommandResult setup = command(chair, channelId, "/themegroup",
                "setup name " + name + " chair " + mention(chair) + " secretary " + mention(secretary));
        assertThat(setup.status()).as("setup ack: %s", setup.rawAck()).isEqualTo(200);
        assertThat(awaitReply(setup, text -> text.contains(name))).as("setup reply").contains(name);
    }

    /**
     * Everything a person would read in reply to a command: its ack body, the posts to its
     * response_url, ephemerals to the typer in that channel and messages in that channel since it
     * was sent.
     */
    public String replyText(CommandResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(result.ackText());
        if (result.responseUrl() != null) {
            fake.responses(result.responseUrl()).forEach(p -> parts.add(p.readable()));
        }
        if (result.channelId() != null) {
            fake.ephemerals(result.userId(), result.channelId(), result.sentAfter()).forEach(e -> parts.add(e.readable()));
            fake.messages(result.channelId(), result.sentAfter()).forEach(m -> parts.add(m.readable()));
        }
        return String.join("\n", parts.stream().filter(s -> !s.isBlank()).toList());
    }

    /** Waits (up to FakeSlack.PATIENCE) until the reply text satisfies the predicate; returns it either way. */
    public String awaitReply(CommandResult result, Predicate<String> wanted) {
        String text = FakeSlack.waitFor(() -> {
            String now = replyText(result);
            return wanted.test(now) ? now : null;
        }, FakeSlack.PATIENCE);
        return text != null ? text : replyText(result);
    }

    /**
     * What the typer alone was told: the ack's message when it carries one, else what was posted to
     * the command's response_url (waiting for the first post). Slack shows either the same way.
     */
    public List<FakeSlack.ResponsePost> awaitPrivateReplies(CommandResult result) {
        if (result.ack().isObject() && !result.ackText().isBlank()) {
            return List.of(new FakeSlack.ResponsePost(0, java.time.Instant.EPOCH, "ack", result.ack()));
        }
        return FakeSlack.waitFor(() -> fake.responses(result.responseUrl()), FakeSlack.PATIENCE);
    }

    /** Messages posted in the command's channel since it was sent, once one satisfies the predicate. */
    public List<FakeSlack.Message> awaitChannelMessage(CommandResult result, Predicate<FakeSlack.Message> wanted) {
        FakeSlack.waitFor(() -> fake.messages(result.channelId(), result.sentAfter()).stream().anyMatch(wanted),
                FakeSlack.PATIENCE);
        return fake.messages(result.channelId(), result.sentAfter());
    }

    /** How many times the bot asked users.info about a user. */
    public long usersInfoCalls(String userId) {
        return fake.calls("users.info").stream().filter(c -> userId.equals(c.arg("user"))).count();
    }

    // ---- the database

    /** The actions of a channel's group, as stored. */
    public StoredActions stored(String channelId) {
        return new StoredActions(jdbi(), channelId);
    }

    public long count(String table, String where, Object... args) {
        return jdbi().withHandle(h -> {
            var query = h.createQuery("SELECT COUNT(*) FROM " + table + (where.isBlank() ? "" : " WHERE " + where));
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    /** Row count and content hash of each table, to show that nothing changed. */
    public Map<String, TableState> tableStates(List<String> tables) {
        Map<String, TableState> states = new LinkedHashMap<>();
        jdbi().useHandle(h -> {
            for (String table : tables) {
                List<String> rows = h.createQuery("SELECT * FROM " + table).mapToMap()
                        .map(row -> new TreeMap<>(row).toString()).list();
                rows = rows.stream().sorted().toList();
                states.put(table, new TableState(rows.size(), sha256(String.join("\n", rows))));
            }
        });
        return states;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
