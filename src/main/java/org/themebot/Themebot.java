package org.themebot;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.themebot.home.HomeService;
import org.themebot.mail.MailLinkPages;
import org.themebot.mail.ServiceLinkActions;
import org.themebot.mail.SignedLinks;
import org.themebot.meetings.MeetingService;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupService;
import org.themebot.reminders.ScheduleService;
import org.themebot.sandbox.Sandbox;
import org.themebot.schedule.Jobs;
import org.themebot.schedule.Quartz;
import org.themebot.slack.Outbox;
import org.themebot.slack.ScheduledMessages;
import org.themebot.slack.SlackApp;
import org.themebot.slack.SlackEndpoint;
import org.themebot.slack.UserNames;
import org.themebot.store.Database;
import org.themebot.store.HandledRequests;

/** The one wiring place: database → services → Slack app → scheduler → HTTP routes. */
public final class Themebot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Themebot.class);
    /** How long a handled request's id is kept, so a retry is recognised: Slack retries within minutes. */
    private static final Duration KEEP_HANDLED_REQUESTS = Duration.ofDays(1);
    private static final String LOOPBACK = "127.0.0.1";

    private final ThemebotConfig config;
    private final Database database;
    private final Scheduler scheduler;
    private final ExecutorService afterAck;
    private final SlackApp slackApp;
    private final Outbox outbox;
    private final Jobs jobs;
    private final ScheduleService schedules;
    private final Sandbox sandbox;
    private final SocketModeApp socketMode;
    private final Javalin web;

    private Themebot(ThemebotConfig config, Clock clock) throws Exception {
        this.config = config;
        this.database = Database.open(config.database());
        // Schedules live in the bot's own database (QRTZ_ tables, V3__quartz.sql); clustered on PostgreSQL.
        this.scheduler = Quartz.scheduler(database, !database.isSqlite());
        this.afterAck = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "after-ack");
            thread.setDaemon(true);
            return thread;
        });

        GroupService groups = new GroupService(database.jdbi(), config.defaultTimeZone());
        MeetingService meetings = new MeetingService(database.jdbi(), new TabledGoodPractice());
        ActionService actions = new ActionService(database.jdbi(), meetings, ScheduleService::actsFor);

        // In sandbox mode themebot plays Slack itself: the same app, with the sandbox's made-up credentials.
        this.sandbox = config.mode() == ThemebotConfig.Mode.SANDBOX ? new Sandbox(config.demo()) : null;
        ThemebotConfig.Slack slack = sandbox != null ? sandbox.slackSettings(config.port()) : config.slack();
        this.slackApp = new SlackApp(slack.botToken().orElseThrow(), slack.signingSecret().orElseThrow(),
                slack.apiUrl());
        this.outbox = new Outbox(database.jdbi(), slackApp.methods(), clock, config.sweepInterval());
        UserNames names = new UserNames(database.jdbi(), slackApp.methods(), clock);
        ScheduledMessages messages = new ScheduledMessages(outbox);
        DigestService digests = new DigestService(database.jdbi(), meetings, clock, messages);
        RoundupService roundups = new RoundupService(database.jdbi(), meetings, actions, clock, messages);
        ReminderSweep reminders = new ReminderSweep(database.jdbi(), clock, messages);
        HandledRequests handled = database.jdbi().onDemand(HandledRequests.class);
        this.jobs = new Jobs(scheduler, () -> {
            reminders.sweep();
            roundups.sweep();
            handled.forgetBefore(clock.instant().minus(KEEP_HANDLED_REQUESTS));
        }, digests);
        this.schedules = new ScheduleService(database.jdbi(), jobs);
        slackApp.register(new SlackApp.Features(groups, actions, meetings, schedules, digests, roundups,
                new GoodPracticeService(database.jdbi()), new GoodPracticeSettingsService(database.jdbi()),
                new HomeService(database.jdbi())),
                database.jdbi(), outbox, names, afterAck, clock);
        SlackEndpoint endpoint = new SlackEndpoint(slackApp.app(), slack.signingSecret().orElseThrow());
        this.socketMode = config.mode() == ThemebotConfig.Mode.SOCKET
                ? new SocketModeApp(slack.appToken().orElseThrow(), slackApp.app())
                : null;
        // The pages behind the one-click links in mail (#14); links are signed with a key derived from the signing secret.
        URI publicUrl = config.publicUrl().orElseGet(() -> URI.create("http://localhost:" + config.port()));
        MailLinkPages mailLinks = new MailLinkPages(database.jdbi(),
                new SignedLinks(slack.signingSecret().orElseThrow(), publicUrl, clock),
                new ServiceLinkActions(database.jdbi(), new ContactService(database.jdbi())), clock);
        this.web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/healthz", this::healthz);
            cfg.routes.post("/slack/events", endpoint::handle);
            cfg.routes.get(MailLinkPages.PATH, mailLinks::show);
            cfg.routes.post(MailLinkPages.PATH, mailLinks::confirm);
            if (sandbox != null) {
                sandbox.addRoutes(cfg);
            }
        });
    }

    public static Themebot create(ThemebotConfig config, Clock clock) throws Exception {
        return new Themebot(config, clock);
    }

    public Themebot start() throws Exception {
        jobs.scheduleSweep(config.sweepInterval());
        schedules.resyncAll(); // the database is the truth for each group's digest trigger
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
        if (socketMode != null) {
            socketMode.startAsync();
        }
        describeMode();
        return this;
    }

    /** The port actually listened on (differs from the config when that asked for 0). */
    public int port() {
        return web.port();
    }

    public Database database() {
        return database;
    }

    private void healthz(Context ctx) throws SchedulerException {
        boolean databaseUp = database.isUp();
        boolean schedulerUp = scheduler.isStarted() && !scheduler.isShutdown();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp && schedulerUp ? "ok" : "down");
        body.put("database", databaseUp ? "up" : "down");
        body.put("scheduler", schedulerUp ? "up" : "down");
        body.put("mode", config.mode().name().toLowerCase(java.util.Locale.ROOT));
        ctx.status(databaseUp && schedulerUp ? 200 : 503).json(body);
    }

    private void describeMode() {
        switch (config.mode()) {
            case SANDBOX -> log.info("themebot is up in sandbox mode (no Slack credentials are set): open "
                    + "http://localhost:{}/ for a page that plays Slack. To connect Slack, create the app from "
                    + "config/slack-manifest.yml and set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN "
                    + "for Socket Mode); see README.md.", port());
            case HTTP -> log.info("themebot is up on http://localhost:{}: Slack sends requests to /slack/events", port());
            case SOCKET -> log.info("themebot is up on http://localhost:{} and connected to Slack in Socket Mode", port());
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
        afterAck.shutdown();
        try {
            afterAck.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outbox.close();
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("stopping the scheduler: {}", e.getMessage());
        }
    }
}
