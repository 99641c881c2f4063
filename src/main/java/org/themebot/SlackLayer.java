package org.themebot;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.themebot.actions.ActionService;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.groups.GroupService;
import org.themebot.home.HomeService;
import org.themebot.meetings.MeetingLinks;
import org.themebot.meetings.MeetingService;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupService;
import org.themebot.reminders.ScheduleService;
import org.themebot.slack.AfterAcks;
import org.themebot.slack.CommandRouter;
import org.themebot.slack.DeliveryFailures;
import org.themebot.slack.FileUploads;
import org.themebot.slack.HelpCommands;
import org.themebot.slack.InstalledWorkspace;
import org.themebot.slack.Interactions;
import org.themebot.slack.Outbox;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.SlackApp;
import org.themebot.slack.UnitOfWork;
import org.themebot.slack.UserNames;
import org.themebot.slack.actions.ActionBlocks;
import org.themebot.slack.actions.ActionCommands;
import org.themebot.slack.actions.ActionListeners;
import org.themebot.slack.goodpractice.GoodPracticeBlocks;
import org.themebot.slack.goodpractice.GoodPracticeCommands;
import org.themebot.slack.goodpractice.GoodPracticeListeners;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.slack.home.HomeListeners;
import org.themebot.slack.home.HomeView;
import org.themebot.slack.meetings.MeetingBlocks;
import org.themebot.slack.meetings.MeetingCommands;
import org.themebot.slack.meetings.MeetingExports;
import org.themebot.slack.meetings.MeetingListeners;
import org.themebot.slack.reminders.ReminderButtons;
import org.themebot.slack.reminders.RoundupButtons;
import org.themebot.slack.reminders.ScheduledMessages;
import org.themebot.store.Database;

/**
 * The Slack layer over a database: the domain services, the outbox that sends what they cause,
 * and every feature's command table and Bolt listeners registered on one {@link SlackApp}.
 * {@link Themebot} builds it between its database and its HTTP routes; listener tests build the
 * same over a fake Slack and run its Bolt app in-process, so both exercise this wiring.
 */
public final class SlackLayer implements AutoCloseable {

    private final UserNames names;
    private final InstalledWorkspace workspace;
    private final Outbox outbox;
    private final AfterAcks afterAcks;
    private final CommandRouter commands;
    private final ReminderSweep reminders;
    private final DigestService digests;
    private final RoundupService roundups;

    /**
     * Builds it and registers it on {@code slackApp}; nothing runs until {@link #outbox()} is
     * started. {@code instanceId} marks this process's leases in the outbox.
     */
    public SlackLayer(Database database, SlackApp slackApp, Clock clock, ZoneId defaultTimeZone,
                      Duration sweepInterval, String instanceId) {
        this.names = new UserNames(database.jdbi(), slackApp.methods(), clock);
        this.workspace = new InstalledWorkspace(slackApp.methods());

        GroupService groups = new GroupService(database.jdbi(), defaultTimeZone);
        MeetingLinks meetingLinks = new MeetingLinks();
        ActionService actions = new ActionService(database.jdbi(), meetingLinks, ScheduleService::actsFor);
        MeetingService meetings = new MeetingService(database.jdbi(), new TabledGoodPractice(), actions);
        HomeService home = new HomeService(database.jdbi());
        this.outbox = new Outbox(database.jdbi(), slackApp.methods(), names, clock, sweepInterval, instanceId,
                DeliveryFailures::recipients, DeliveryFailures::report,
                (workspaceId, userId, notice) -> HomeView.view(home.home(workspaceId, userId, clock.instant()), notice));
        ScheduledMessages messages = new ScheduledMessages(outbox);
        this.digests = new DigestService(database.jdbi(), meetingLinks, clock, messages);
        this.roundups = new RoundupService(database.jdbi(), meetingLinks, actions, clock, messages);
        this.reminders = new ReminderSweep(database.jdbi(), clock, messages);
        ScheduleService schedules = new ScheduleService(database.jdbi());
        GoodPracticeService goodPractice = new GoodPracticeService(database.jdbi());

        // Feature by feature: command tables, then buttons, forms, shortcuts and events.
        List.of(ActionBlocks.ADDED, ActionBlocks.CHANGED).forEach(outbox::register);
        MeetingBlocks.KINDS.forEach(outbox::register);
        GoodPracticeBlocks.KINDS.forEach(outbox::register);
        ScheduledMessages.KINDS.forEach(outbox::register);
        SignedMetadata metadata = new SignedMetadata(slackApp.app().config().getSigningSecret());
        FileUploads uploads = new FileUploads(slackApp.methods());
        UnitOfWork work = new UnitOfWork(database, outbox, clock);
        this.afterAcks = new AfterAcks(slackApp.slack(), slackApp.methods());
        Interactions interactions = new Interactions(work, afterAcks, workspace, clock);
        MeetingExports exports = new MeetingExports(meetings, uploads, names);
        this.commands = new CommandRouter(work, names, workspace, clock)
                .add(new ActionCommands(actions, meetings, metadata).table())
                .add(new MeetingCommands(meetings, roundups, exports).table())
                .add(new GoodPracticeCommands(goodPractice, metadata, uploads, names).table())
                .add(new GroupCommands(groups, schedules, digests, new GoodPracticeSettingsService(database.jdbi()))
                        .table());
        commands.add(HelpCommands.table(commands));
        slackApp.routeCommands(commands, afterAcks);
        App app = slackApp.app();
        new ActionListeners(actions, meetings, interactions, metadata, names).register(app);
        new MeetingListeners(meetings, exports, interactions).register(app);
        new GoodPracticeListeners(goodPractice, interactions, metadata).register(app);
        new ReminderButtons(actions, interactions, outbox, metadata).register(app);
        new RoundupButtons(roundups, interactions, outbox).register(app);
        new HomeListeners(work, workspace).register(app);
    }

    /** Every slash command's path (the HTTP endpoint routes commands here itself). */
    public CommandRouter commands() {
        return commands;
    }

    /** Work left for after an ack: modals, uploads, private answers. */
    public AfterAcks afterAcks() {
        return afterAcks;
    }

    /** The sender of every message a change causes; start it to send. */
    public Outbox outbox() {
        return outbox;
    }

    /** The workspace the bot token serves (asked of Slack once). */
    public InstalledWorkspace workspace() {
        return workspace;
    }

    /** What each sweep sends when it comes due: reminders, then weekly digests, then round-ups. */
    public void sendWhatIsDue() {
        reminders.sweep();
        digests.sweep();
        roundups.sweep();
    }

    /** Stops the work after acks, then the sender, then the name lookups. */
    @Override
    public void close() {
        afterAcks.close();
        outbox.close();
        names.close();
    }
}
