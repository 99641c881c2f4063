package org.themebot.slack.groups;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;
import org.themebot.reminders.Digest;
import org.themebot.reminders.GroupSchedule;
import org.themebot.reminders.ReminderSettings;
import org.themebot.reminders.ScheduleService;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;

/** Block Kit for a theme group's settings. */
public final class GroupBlocks {

    private static final DateTimeFormatter NEXT_DIGEST = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);

    private GroupBlocks() {
    }

    /** A new group, or what a setup changed of an existing one ("renamed from … to …"). */
    static SlackMessage setUp(GroupService.Setup setup) {
        ThemeGroup g = setup.group();
        if (setup.before().isEmpty()) {
            return Replies.text(":tada: This channel is now the home of *" + Mrkdwn.escape(g.name()) + "*.\n"
                    + roles(g) + "\nRecord actions with " + Mrkdwn.code("/action add <text> | <who> | <timescale>")
                    + "; " + Mrkdwn.code("/themebot help") + " lists every command.");
        }
        ThemeGroup before = setup.before().get();
        StringBuilder changes = new StringBuilder();
        if (!before.name().equals(g.name())) {
            changes.append("\n• renamed from *").append(Mrkdwn.escape(before.name())).append("* to *")
                    .append(Mrkdwn.escape(g.name())).append('*');
        }
        if (!before.chairs().equals(g.chairs())) {
            changes.append("\n• chair: ").append(Mrkdwn.mentions(before.chairs())).append(" → ")
                    .append(Mrkdwn.mentions(g.chairs()));
        }
        if (!before.secretaries().equals(g.secretaries())) {
            changes.append("\n• secretary: ").append(Mrkdwn.mentions(before.secretaries())).append(" → ")
                    .append(Mrkdwn.mentions(g.secretaries()));
        }
        String lead = changes.isEmpty() ? ":white_check_mark: Nothing changed in *" + Mrkdwn.escape(g.name()) + "*."
                : ":white_check_mark: *" + Mrkdwn.escape(g.name()) + "*:" + changes;
        return Replies.text(lead + "\n" + roles(g));
    }

    /** The group's settings; goodPractice is the strands and principles part, already mrkdwn. */
    static SlackMessage show(ScheduleService.Scheduled scheduled, Instant now, String goodPractice) {
        ThemeGroup g = scheduled.group();
        String details = roles(g) + "\n*Time zone:* " + g.zone().getId() + "\n" + schedule(scheduled, now) + "\n"
                + goodPractice;
        return SlackMessage.withPlainText(g.name(), List.of(
                header(h -> h.text(plainText(BlockLimits.fit(g.name(), BlockLimits.MAX_HEADER_TEXT)))),
                section(s -> s.text(markdownText(BlockLimits.fit(details, BlockLimits.MAX_SECTION_TEXT))))));
    }

    static SlackMessage timeZone(ThemeGroup g) {
        return Replies.text(":clock9: *" + Mrkdwn.escape(g.name()) + "* now keeps time in *" + g.zone().getId() + "*.");
    }

    /** The reply to a change of reminders, digest, proxies or round-up: the settings as they now are. */
    static SlackMessage scheduleChanged(ScheduleService.Scheduled scheduled, Instant now) {
        return Replies.text(":white_check_mark: *" + Mrkdwn.escape(scheduled.group().name()) + "* settings:\n"
                + schedule(scheduled, now));
    }

    static SlackMessage digestSent(Digest digest) {
        String to = Mrkdwn.mentions(digest.group().chairs()) + (digest.toChannel() ? " and this channel" : "");
        return Replies.text(":outbox_tray: The digest is on its way to " + to + ".");
    }

    private static String schedule(ScheduleService.Scheduled scheduled, Instant now) {
        GroupSchedule s = scheduled.schedule();
        ReminderSettings r = s.reminders();
        String reminders = (r.daysBefore() > 0 ? r.daysBefore() + (r.daysBefore() == 1 ? " day" : " days")
                + " before the due date, on the day" : "on the due date") + " and every 7 days while overdue (every 4 weeks after a year), at "
                + r.at() + " (" + Mrkdwn.code("/themegroup reminders <days> at <HH:MM>") + ")";
        String digest = s.digest()
                .map(w -> w.describe() + " to " + Mrkdwn.mentions(scheduled.group().chairs())
                        + (s.digestToChannel() ? " and this channel" : "") + "; next "
                        + NEXT_DIGEST.format(w.nextAfter(now, r.zone())))
                .orElse("off (" + Mrkdwn.code("/themegroup digest <weekday> <HH:MM>") + ")");
        String roundup = s.roundupDays()
                .map(days -> days + (days == 1 ? " day" : " days") + " before the next meeting")
                .orElse("off");
        String proxies = scheduled.proxies().isEmpty() ? "none ("
                + Mrkdwn.code("/themegroup proxy <name> <@person>") + " for an owner outside Slack)"
                : scheduled.proxies().stream()
                        .map(p -> Mrkdwn.escape(p.name()) + " → " + Mrkdwn.mention(p.userId()))
                        .collect(Collectors.joining(", "));
        return "*Reminders:* " + reminders + "\n*Digest:* " + digest + "\n*Pre-meeting round-up:* " + roundup
                + "\n*Proxies:* " + proxies;
    }

    private static String roles(ThemeGroup g) {
        return "*Chair:* " + Mrkdwn.mentions(g.chairs()) + "\n*Secretary:* " + Mrkdwn.mentions(g.secretaries());
    }
}
