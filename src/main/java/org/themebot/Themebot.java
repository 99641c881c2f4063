package org.themebot;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.ActionService;
import org.themebot.config.ThemebotConfig;
import org.themebot.contacts.ContactService;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.home.HomeService;
import org.themebot.install.DataRights;
import org.themebot.install.DataRightsCommands;
import org.themebot.install.InstallFlow;
import org.themebot.install.MultiWorkspace;
import org.themebot.install.UninstallListeners;
import org.themebot.meetings.MeetingImport;
import org.themebot.meetings.MeetingLinks;
import org.themebot.mail.MailLinkPages;
import org.themebot.mail.MailLinkStore;
import org.themebot.mail.MailSender;
import org.themebot.mail.ServiceLinkActions;
import org.themebot.mail.SignedLinks;
import org.themebot.mail.SmtpMailer;
import org.themebot.meetings.CirculationService;
import org.themebot.meetings.MeetingService;
import org.themebot.partnership.BoardReportSweep;
import org.themebot.partnership.PartnershipService;
import org.themebot.plans.AnnualReports;
import org.themebot.plans.PlanImport;
import org.themebot.plans.PlanService;
import org.themebot.reminders.DigestByMail;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupService;
import org.themebot.reminders.ScheduleService;
import org.themebot.sandbox.Sandbox;
import org.themebot.schedule.Jobs;
import org.themebot.schedule.Quartz;
import org.themebot.schedule.Sweep;
import org.themebot.slack.AfterAcks;
import org.themebot.slack.CommandRouter;
import org.themebot.slack.DeliveryFailures;
import org.themebot.slack.FileUploads;
import org.themebot.slack.FileDownloads;
import org.themebot.slack.InstalledWorkspace;
import org.themebot.slack.MemberDirectory;
import org.themebot.slack.ThemebotCommands;
import org.themebot.slack.Workspaces;
import org.themebot.slack.Interactions;
import org.themebot.slack.Outbox;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.SlackClients;
import org.themebot.slack.SlackApp;
import org.themebot.slack.SlackEndpoint;
import org.themebot.slack.UnitOfWork;
import org.themebot.slack.UserNames;
import org.themebot.slack.actions.ActionBlocks;
import org.themebot.slack.actions.ActionCommands;
import org.themebot.slack.actions.ActionListeners;
import org.themebot.slack.goodpractice.GoodPracticeBlocks;
import org.themebot.slack.goodpractice.GoodPracticeCommands;
import org.themebot.slack.goodpractice.GoodPracticeListeners;
import org.themebot.slack.groups.ContactNotes;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.slack.groups.MailCommands;
import org.themebot.slack.home.HomeListeners;
import org.themebot.slack.home.HomeView;
import org.themebot.slack.imports.WordImports;
import org.themebot.slack.meetings.CirculatedNotes;
import org.themebot.slack.meetings.Circulating;
import org.themebot.slack.meetings.ImportBlocks;
import org.themebot.slack.meetings.Importing;
import org.themebot.slack.meetings.MeetingBlocks;
import org.themebot.slack.meetings.MeetingCommands;
import org.themebot.slack.meetings.MeetingExports;
import org.themebot.slack.meetings.MeetingListeners;
import org.themebot.slack.partnership.PartnershipBlocks;
import org.themebot.slack.partnership.PartnershipButtons;
import org.themebot.slack.partnership.PartnershipCommands;
import org.themebot.slack.plans.DocumentUploads;
import org.themebot.slack.plans.PlanBlocks;
import org.themebot.slack.plans.PlanCommands;
import org.themebot.slack.plans.PlanImporting;
import org.themebot.slack.plans.PlanListeners;
import org.themebot.slack.reminders.ReminderButtons;
import org.themebot.slack.reminders.RoundupButtons;
import org.themebot.slack.reminders.ScheduledMails;
import org.themebot.slack.reminders.ScheduledMessages;
import org.themebot.store.Database;
import org.themebot.store.DatabaseUnreachable;
import org.themebot.store.HandledRequests;
import org.themebot.store.InstanceLock;
import org.themebot.store.Instances;
import org.themebot.store.Liveness;
import org.themebot.store.OutboxStore;

/** The one wiring place: database → services → Slack app → scheduler → HTTP routes. */
public final class Themebot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Themebot.class);
    /** How long a handled request's id is kept, so a retry is recognised: Slack retries within minutes. */
    private static final Duration KEEP_HANDLED_REQUESTS = Duration.ofDays(1);
    private static final String LOOPBACK = "127.0.0.1";

    /** This process, in the instance table and on every lease it takes in the outbox. */
    private static final String INSTANCE_ID = UUID.randomUUID().toString();
    /**
     * A body arriving slower than this is a client to stop waiting for. Jetty counts from the
     * request's arrival, queueing included: at this rate a Slack request of a few hundred bytes is
     * given up on only after Slack itself has (3 s), never because a burst kept it waiting.
     */
    private static final long MIN_REQUEST_BYTES_PER_SECOND = 128;
    private static final Duration IDLE_CONNECTION = Duration.ofSeconds(10);
    /** A member is in the cluster while its heartbeat (each sweep) is younger than this. */
    private static final Duration MEMBER_FOR = Duration.ofMinutes(3);

    private final ThemebotConfig config;
    private final Clock clock;
    private final InstanceLock instanceLock;
    private final Database database;
    private final Instances instances;
    private final Liveness liveness;
    private final Scheduler scheduler;
    private final SlackApp slackApp;
    private final UserNames names;
    private final Workspaces workspace;
    /** Multi-workspace mode's installs; null with one workspace's token or in the sandbox. */
    private final MultiWorkspace installs;
    private final Outbox outbox;
    private final AfterAcks afterAcks;
    private final CommandRouter commands;
    private final Sweep sweep;
    private final Jobs jobs;
    private final Sandbox sandbox;
    private final SocketModeApp socketMode;
    private final Javalin web;

    private Themebot(ThemebotConfig config, Clock clock) throws Exception {
        this.config = config;
        this.clock = clock;
        this.instanceLock = lockSqliteFile(config.database());
        this.database = Database.open(config.database());
        this.instances = database.jdbi().onDemand(Instances.class);
        this.liveness = Liveness.of(database, INSTANCE_ID);
        // Schedules live in the bot's own database (QRTZ_ tables, V3__quartz.sql); clustered on PostgreSQL.
        this.scheduler = Quartz.scheduler(database, !database.isSqlite());

        // In sandbox mode themebot plays Slack itself: the same app, with the sandbox's made-up credentials.
        this.sandbox = config.mode() == ThemebotConfig.Mode.SANDBOX ? new Sandbox(config.demo(), clock,
                config.defaultTimeZone(), (team, channel) -> database.jdbi().onDemand(GroupStore.class)
                        .find(team, channel).isPresent()) : null;
        ThemebotConfig.Slack slack = sandbox != null ? sandbox.slackSettings(config.port()) : config.slack();
        String signingSecret = slack.signingSecret().orElseThrow();
        // Many workspaces: each request's and each message's token is its workspace's own install's.
        this.slackApp = slack.installs().isPresent()
                ? SlackApp.multiWorkspace(signingSecret, slack.apiUrl(),
                        oauth -> InstallFlow.configure(oauth, slack.installs().get(), config.publicUrl()))
                : new SlackApp(slack.botToken().orElseThrow(), signingSecret, slack.apiUrl());
        this.installs = slack.installs().map(settings -> new MultiWorkspace(settings, database, slackApp.slack(), clock,
                INSTANCE_ID)).orElse(null);
        SlackClients clients = installs != null ? installs.clients() : SlackClients.single(slackApp.methods());
        this.names = new UserNames(database.jdbi(), clients, clock);
        this.workspace = installs != null ? installs.workspaces() : new InstalledWorkspace(slackApp.methods());

        GroupService groups = new GroupService(database.jdbi(), config.defaultTimeZone());
        MeetingLinks meetingLinks = new MeetingLinks();
        ActionService actions = new ActionService(database.jdbi(), meetingLinks, ScheduleService::actsFor);
        MeetingService meetings = new MeetingService(database.jdbi(), new TabledGoodPractice(), actions);
        MeetingImport imports = new MeetingImport(database.jdbi(), actions);
        PlanService plans = new PlanService(database.jdbi(), meetings); // reviews in a meeting go into its notes
        PartnershipService partnerships = new PartnershipService(database.jdbi(), config.defaultTimeZone());
        HomeService home = new HomeService(database.jdbi());
        // Mail goes to the SMTP server when one is set; in sandbox mode, otherwise, to the page's Mail view.
        Optional<MailSender> mail = config.mail().<MailSender>map(settings -> new SmtpMailer(settings, clock))
                .or(() -> Optional.ofNullable(sandbox).map(Sandbox::mail));
        boolean mailOn = mail.isPresent();
        this.outbox = new Outbox(database.jdbi(), clients, mail, names,
                clock, config.sweepInterval(), liveness,
                DeliveryFailures::recipients, DeliveryFailures::report,
                (workspaceId, userId, notice) -> HomeView.view(home.home(workspaceId, userId, clock.instant()), notice));
        // Links in mail are signed with a key derived from the signing secret (#14).
        SignedLinks links = new SignedLinks(signingSecret, this::publicUrl, clock, SignedLinks.VALIDITY);
        ContactService contacts = new ContactService(database.jdbi());
        ScheduledMessages messages = new ScheduledMessages(outbox,
                mail.map(sender -> new ScheduledMails(outbox, links, contacts, names)));
        DigestService digests = new DigestService(database.jdbi(), meetingLinks, clock, messages);
        RoundupService roundups = new RoundupService(database.jdbi(), meetingLinks, actions, clock, messages);
        ReminderSweep reminders = new ReminderSweep(database.jdbi(), clock, messages, mailOn);
        ScheduleService schedules = new ScheduleService(database.jdbi());
        GoodPracticeService goodPractice = new GoodPracticeService(database.jdbi());
        HandledRequests handled = database.jdbi().onDemand(HandledRequests.class);
        BoardReportSweep boardReports = new BoardReportSweep(database.jdbi(), clock,
                (handle, claimed) -> outbox.queue(handle, PartnershipBlocks.monthly(claimed)));
        this.sweep = new Sweep()
                .step("heartbeat", () -> instances.heartbeat(INSTANCE_ID, clock.instant()))
                .step("reminders", reminders::sweep)
                .step("digests", digests::sweep)
                .step("round-ups", roundups::sweep)
                .step("board reports", boardReports::sweep)
                .step("installations", () -> {
                    if (installs != null) {
                        installs.sweep();
                    }
                })
                .step("forget old retry keys", () -> handled.forgetBefore(clock.instant().minus(KEEP_HANDLED_REQUESTS)))
                .step("forget expired mail links", () -> database.jdbi().onDemand(MailLinkStore.class)
                        .forgetExpired(clock.instant()));
        this.jobs = new Jobs(scheduler, sweep);

        // The Slack layer, feature by feature: command tables, then buttons, forms, shortcuts and events.
        List.of(ActionBlocks.ADDED, ActionBlocks.CHANGED).forEach(outbox::register);
        MeetingBlocks.KINDS.forEach(outbox::register);
        outbox.register(ImportBlocks.IMPORTED);
        GoodPracticeBlocks.KINDS.forEach(outbox::register);
        ScheduledMessages.KINDS.forEach(outbox::register);
        PlanBlocks.KINDS.forEach(outbox::register);
        PartnershipBlocks.KINDS.forEach(outbox::register);
        ScheduledMails.KINDS.forEach(outbox::register);
        CirculatedNotes circulatedNotes = new CirculatedNotes();
        outbox.register(circulatedNotes.kind());
        SignedMetadata metadata = new SignedMetadata(signingSecret);
        FileUploads uploads = new FileUploads(clients);
        UnitOfWork work = new UnitOfWork(database, outbox, clock);
        this.afterAcks = new AfterAcks(slackApp.slack(), clients);
        Interactions interactions = new Interactions(work, afterAcks, workspace, clock);
        MeetingExports exports = new MeetingExports(meetings, uploads, names);
        DocumentUploads documents = new DocumentUploads(uploads, names);
        ContactNotes contactNotes = new ContactNotes(contacts, mailOn);
        Circulating circulating = new Circulating(new CirculationService(database.jdbi(), meetings), circulatedNotes,
                contacts, names, interactions, mailOn);
        WordImports wordImports = new WordImports(interactions, metadata, new FileDownloads(clients),
                new MemberDirectory(clients));
        Importing importing = new Importing(imports, interactions, wordImports);
        PlanImporting planImporting = new PlanImporting(new PlanImport(database.jdbi()), wordImports);
        this.commands = new CommandRouter(work, names, workspace, clock)
                .add(new ActionCommands(actions, meetings, plans, metadata, contactNotes).table())
                .add(new MeetingCommands(meetings, roundups, exports, contactNotes, circulating, importing).table())
                .add(new GoodPracticeCommands(goodPractice, metadata, uploads, names).table())
                .add(new GroupCommands(groups, schedules, digests, new GoodPracticeSettingsService(database.jdbi()),
                        plans, new MailCommands(contacts, new DigestByMail(database.jdbi()), mailOn)).table())
                .add(new PlanCommands(plans, new AnnualReports(database.jdbi()), metadata, documents, planImporting).table())
                .add(new PartnershipCommands(partnerships, documents).table());
        DataRightsCommands dataRights = new DataRightsCommands(new DataRights(database, meetings, clock), uploads, names,
                metadata, interactions);
        commands.add(ThemebotCommands.table(commands, dataRights.subcommand()));
        slackApp.routeCommands(commands, afterAcks);
        App app = slackApp.app();
        new ActionListeners(actions, meetings, plans, interactions, metadata, names).register(app);
        new MeetingListeners(meetings, exports, interactions).register(app);
        new GoodPracticeListeners(goodPractice, interactions, metadata).register(app);
        new ReminderButtons(actions, interactions, outbox, metadata).register(app);
        new RoundupButtons(roundups, interactions, outbox).register(app);
        new HomeListeners(work, workspace).register(app);
        new PlanListeners(plans, interactions, metadata).register(app);
        new PartnershipButtons(partnerships, interactions).register(app);
        circulating.register(app);
        importing.register(app);
        planImporting.register(app);
        dataRights.register(app);
        if (installs != null) {
            installs.register(app, work);
        } else {
            UninstallListeners.acknowledgeOnly(app); // the manifest subscribes to them for multi-workspace mode
        }

        SlackEndpoint endpoint = new SlackEndpoint(app, signingSecret, commands, afterAcks);
        this.socketMode = config.mode() == ThemebotConfig.Mode.SOCKET
                ? new SocketModeApp(slack.appToken().orElseThrow(), app)
                : null;
        // The pages behind the one-click links in mail: a done is announced in the channel, as a button's is.
        MailLinkPages mailLinks = new MailLinkPages(database.jdbi(), links,
                new ServiceLinkActions(database.jdbi(), contacts, actions, (handle, done, actor) -> outbox.queue(handle,
                        ActionBlocks.CHANGED.post(done.group().workspaceId(), done.group().channelId(),
                                new ActionBlocks.ActionChange(done, actor)).forGroup(done.group().id()))), clock);
        this.web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            // Acks are small and answered within Slack's 3 s; compressing them costs CPU on every one.
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            // A client sending its body slowly must not hold a thread that an ack needs: below this
            // rate the body is given up on (408), and an idle connection is closed. A buffering
            // proxy in front does the rest (README, "Scale out").
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                http.setIdleTimeout(IDLE_CONNECTION.toMillis());
            });
            cfg.routes.get("/healthz", this::healthz);
            cfg.routes.post("/slack/events", endpoint::handle);
            cfg.routes.get(MailLinkPages.PATH, mailLinks::show);
            cfg.routes.post(MailLinkPages.PATH, mailLinks::confirm);
            if (installs != null) { // "Add to Slack", on Bolt's OAuth flow
                cfg.routes.get(InstallFlow.INSTALL_PATH, endpoint::page);
                cfg.routes.get(InstallFlow.REDIRECT_PATH, endpoint::page);
            }
            if (sandbox != null) {
                sandbox.addRoutes(cfg);
            }
        });
    }

    /** Builds themebot; a reason it cannot (database, lock) comes as a {@link StartupFailure}. */
    public static Themebot create(ThemebotConfig config, Clock clock) {
        try {
            return new Themebot(config, clock);
        } catch (StartupFailure e) {
            throw e;
        } catch (DatabaseUnreachable e) {
            throw new StartupFailure(e.getMessage(), e);
        } catch (Exception e) {
            throw new StartupFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static InstanceLock lockSqliteFile(ThemebotConfig.Database config) {
        Optional<Path> file = config.sqliteFile();
        if (file.isEmpty()) {
            return null;
        }
        try {
            Files.createDirectories(file.get().toAbsolutePath().getParent());
            return InstanceLock.tryAcquire(file.get()).orElseThrow(() -> new StartupFailure("another themebot is "
                    + "already using " + file.get() + "; stop it first (several instances need PostgreSQL)", null));
        } catch (IOException e) {
            throw new StartupFailure("cannot lock " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** Starts serving; if it cannot (the port is taken, say), everything started is stopped again. */
    public Themebot start() {
        try {
            startServing();
            return this;
        } catch (JavalinBindException e) {
            close();
            throw new StartupFailure("port " + config.port() + " is already in use (set THEMEBOT_PORT to another)", e);
        } catch (Exception e) {
            close();
            throw new StartupFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private void startServing() throws Exception {
        instances.register(INSTANCE_ID, host(), clock.instant());
        jobs.scheduleSweep(config.sweepInterval());
        scheduler.start();
        if (sandbox != null) {
            // Anyone who reaches the sandbox may act as any of its people: keep it to this machine.
            web.start(LOOPBACK, config.port());
        } else {
            web.start(config.port());
        }
        if (sandbox != null) {
            sandbox.start(port(), slackApp);
        }
        outbox.start();
        if (workspace instanceof InstalledWorkspace single) {
            Thread learn = new Thread(single::learn, "auth-test"); // which workspace the token serves, off the request path
            learn.setDaemon(true);
            learn.start();
        }
        if (socketMode != null) {
            socketMode.startAsync();
        }
        describeMode();
    }

    /**
     * Starts only the outbox, serving nothing and scheduling nothing: for listener tests that run
     * {@link #boltApp()} in-process with signed requests and call {@link #sweepNow()} themselves.
     */
    public Themebot startInProcess() {
        outbox.start();
        return this;
    }

    /** The Bolt app with every command, button, form and event registered, as Slack's requests reach it. */
    public App boltApp() {
        return slackApp.app();
    }

    /** One sweep (reminders, digests, round-ups, housekeeping) now, as the scheduler runs it each interval. */
    public void sweepNow() {
        sweep.run();
    }

    /** Where people reach themebot, for the links in mail: THEMEBOT_PUBLIC_URL, else where it listens. */
    private URI publicUrl() {
        return config.publicUrl().orElseGet(() -> URI.create("http://localhost:" + port()));
    }

    /** The port actually listened on (differs from the config when that asked for 0). */
    public int port() {
        return web.port();
    }

    public Database database() {
        return database;
    }

    /**
     * Up when the database takes a write (this instance's heartbeat) and the scheduler runs; with
     * this instance, the cluster's members and how many messages wait to be sent.
     */
    private void healthz(Context ctx) throws SchedulerException {
        boolean writable;
        try {
            writable = instances.heartbeat(INSTANCE_ID, clock.instant());
        } catch (RuntimeException e) {
            writable = false;
        }
        boolean schedulerUp = scheduler.isStarted() && !scheduler.isShutdown();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", writable && schedulerUp ? "ok" : "down");
        body.put("database", writable ? "up" : database.isUp() ? "read-only" : "down");
        body.put("scheduler", schedulerUp ? "up" : "down");
        body.put("mode", config.mode().name().toLowerCase(Locale.ROOT));
        body.put("instance", INSTANCE_ID);
        try {
            body.put("cluster", instances.seenSince(clock.instant().minus(MEMBER_FOR)).stream()
                    .map(m -> Map.of("instance", m.id(), "host", m.host(), "since", m.startedAt().toString()))
                    .toList());
            body.put("outbox_pending", database.jdbi().onDemand(OutboxStore.class).count("pending"));
        } catch (RuntimeException e) {
            body.put("cluster", List.of());
        }
        ctx.status(writable && schedulerUp ? 200 : 503).json(body);
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown";
        }
    }

    private void describeMode() {
        switch (config.mode()) {
            case SANDBOX -> log.info("themebot is up in sandbox mode (no Slack credentials are set): open "
                    + "http://localhost:{}/ for a page that plays Slack. To connect Slack, create the app from "
                    + "config/slack-manifest.yml and set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN "
                    + "for Socket Mode); see README.md.", port());
            case HTTP -> log.info("themebot is up on http://localhost:{}: Slack sends requests to /slack/events", port());
            case SOCKET -> log.info("themebot is up on http://localhost:{} and connected to Slack in Socket Mode", port());
            case MULTI_WORKSPACE -> log.info("themebot is up on http://localhost:{} for many workspaces: each adds it "
                    + "at {}", port(), InstallFlow.INSTALL_PATH);
        }
    }

    @Override
    public void close() {
        web.stop();
        if (socketMode != null) {
            try {
                socketMode.stop();
            } catch (Exception e) {
                log.warn("stopping Socket Mode: {}", e.getMessage());
            }
        }
        afterAcks.close();
        outbox.close();
        names.close();
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("stopping the scheduler: {}", e.getMessage());
        }
        try {
            instances.forget(INSTANCE_ID, clock.instant().minus(Duration.ofDays(1)));
        } catch (RuntimeException e) {
            log.warn("leaving the cluster's list: {}", e.getMessage());
        }
        liveness.close();
        database.close();
        if (instanceLock != null) {
            try {
                instanceLock.close();
            } catch (IOException e) {
                log.warn("releasing the database lock: {}", e.getMessage());
            }
        }
    }
}
