package org.themebot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the demo theme group: the secretary types the 3 September 2008 meeting
 * ({@code sandbox/demo-meeting.txt}) and then the same group's life today
 * ({@code sandbox/demo-recent.txt}, dated from the bot's clock) into the message box, so it all
 * goes through the bot's real path. Whether the channel already has a group is asked of the
 * bot's database, so that checking types nothing a newcomer would see. Stops at the first line
 * the bot refuses.
 */
final class Demo {

    /** What loading did, in a sentence for the page. */
    record Outcome(boolean loaded, String message) {
    }

    private static final String HISTORY = "/sandbox/demo-meeting.txt";
    private static final String RECENT = "/sandbox/demo-recent.txt";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private final MessageBox messageBox;
    private final Timeline timeline;
    private final Clock botClock;
    private final ZoneId zone;
    private final Sandbox.ThemeGroups groups;
    private final Workspace.Person secretary = Workspace.PEOPLE.get(0);
    private final Workspace.Channel channel = Workspace.THEME_GROUP;

    /** botClock and zone: the bot's clock and its groups' default time zone, which the recent meeting is dated by. */
    Demo(MessageBox messageBox, Timeline timeline, Clock botClock, ZoneId zone, Sandbox.ThemeGroups groups) {
        this.messageBox = messageBox;
        this.timeline = timeline;
        this.botClock = botClock;
        this.zone = zone;
        this.groups = groups;
    }

    synchronized Outcome load() {
        if (groups.existIn(Workspace.TEAM_ID, channel.id())) {
            return new Outcome(false, "#" + channel.name() + " already has a theme group, so the demo was not loaded.");
        }
        Dates dates = Dates.from(LocalDate.ofInstant(botClock.instant(), zone));
        List<String> lines = Stream.concat(script(HISTORY).stream(), script(RECENT).stream().map(dates::fill)).toList();
        for (String line : lines) {
            Answer answer = type(line);
            if (answer.refusal().isPresent() || answer.reply().isEmpty()) {
                return new Outcome(false, "The demo stopped at \"" + line + "\": "
                        + answer.refusal().orElse("themebot did not answer."));
            }
        }
        return new Outcome(true, "Loaded the meeting of 3 September 2008 and a recent one, of "
                + Dates.WRITTEN.format(dates.meeting()) + ", into #" + channel.name() + ".");
    }

    /**
     * The recent meeting's dates: a Wednesday one to two weeks before today, so that its actions
     * can be due in a few days or overdue by a few. A script writes {@code {meeting}},
     * {@code {meeting+28}}, {@code {today-4}} or {@code {today+2}}; they become dates as a
     * secretary writes them ("26 Nov 2026").
     */
    record Dates(LocalDate today, LocalDate meeting) {

        static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(today|meeting)([+-]\\d+)?}");

        static Dates from(LocalDate today) {
            return new Dates(today, today.minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)));
        }

        String fill(String line) {
            Matcher m = PLACEHOLDER.matcher(line);
            return m.replaceAll(found -> {
                LocalDate from = found.group(1).equals("today") ? today : meeting;
                long days = found.group(2) == null ? 0 : Long.parseLong(found.group(2));
                return WRITTEN.format(from.plusDays(days));
            });
        }
    }

    /** The bot's answer to a line: a refusal in its ack, or else the first reply the typer sees after it. */
    private record Answer(Optional<String> refusal, Optional<Timeline.Post> reply) {
    }

    /** Types a line as the secretary and, as a person would, waits for the answer before the next. */
    private Answer type(String line) {
        int before = timeline.conversation(channel.id(), secretary.id()).size();
        MessageBox.Sent sent = messageBox.send(secretary, channel, line);
        if (sent.status() != 200 || sent.reply().contains(":warning:") || sent.reply().contains(":x:")) {
            return new Answer(Optional.of(sent.reply()), Optional.empty());
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Timeline.Post> reply = timeline.conversation(channel.id(), secretary.id()).stream().skip(before)
                    .filter(p -> p.author().equals(Workspace.BOT_USER_ID)).findFirst();
            if (reply.isPresent()) {
                return new Answer(Optional.empty(), reply);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return new Answer(Optional.empty(), Optional.empty());
    }

    private static List<String> script(String resource) {
        try (InputStream in = Demo.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
