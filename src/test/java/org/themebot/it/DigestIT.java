package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;

/** The weekly digest through the whole app: its schedule in the group's zone, and "now" with 300 open actions. */
class DigestIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    @Test
    void theDigestScheduleKeepsTheGroupsZoneAndShowSaysWhenItGoes() {
        String channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        CommandResult set = bot.command(DEBBIE, channel, "/themegroup", "digest monday 08:30 channel");
        assertThat(bot.awaitReply(set, t -> t.contains("Digest:"))).contains("Monday at 08:30").contains("and this channel");
        assertThat(schedule(channel)).containsExactly("MONDAY", "08:30", "Europe/London");

        CommandResult zone = bot.command(SUE, channel, "/themegroup", "timezone America/New_York");
        assertThat(bot.awaitReply(zone, t -> t.contains("America/New_York"))).contains("America/New_York");
        assertThat(schedule(channel)).as("the digest keeps its local time in the new zone")
                .containsExactly("MONDAY", "08:30", "America/New_York");

        CommandResult show = bot.command(BALBIR, channel, "/themegroup", "show");
        assertThat(bot.awaitReply(show, t -> t.contains("Digest:")))
                .contains("*Reminders:* 2 days before the due date, on the day and every 7 days while overdue (every 4 weeks after a year), at 09:00")
                .contains("*Digest:* Monday at 08:30").contains("; next Mon")
                .contains("*Pre-meeting round-up:* 3 days before the next meeting");

        CommandResult off = bot.command(DEBBIE, channel, "/themegroup", "digest off");
        assertThat(bot.awaitReply(off, t -> t.contains("Digest:"))).contains("*Digest:* off");
        assertThat(schedule(channel)).containsExactly("none", "none", "America/New_York");
    }

    @Test
    void aDigestOfThreeHundredOpenActionsStaysWithinSlacksLimits() {
        String channel = bot.newChannel("big");
        bot.setUpGroup(channel, "Big Theme Group", SUE, DEBBIE);
        bot.command(SUE, channel, "/themegroup", "digest friday 09:00 channel");
        AsCommands actions = new AsCommands(new ActionService(bot.jdbi(), MeetingLink.NONE));
        Instant today = bot.clock().instant();
        Invocation secretary = new Invocation(FakeSlack.TEAM_ID, channel, "big", DEBBIE, today);
        String inThreeDays = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(LocalDate.ofInstant(today, ZoneId.of("Europe/London")).plusDays(3));
        for (int i = 1; i <= 300; i++) {
            String due = i % 3 == 0 ? "1 Jan 2020" : i % 3 == 1 ? inThreeDays : "ongoing";
            actions.add(secretary, "Action number " + i + " " + "with a long description ".repeat(5) + "| <@"
                    + BALBIR + "|balbir>, Cllr Kevin Foster | " + due);
        }

        bot.command(BALBIR, channel, "/goodpractice", "submit Hate crime reporting in schools | https://example.org/toolkit | race");
        bot.command(BALBIR, channel, "/goodpractice", "submit Accessible venues checklist | | disability");
        CommandResult tabled = bot.command(DEBBIE, channel, "/goodpractice", "table G1");
        assertThat(bot.awaitReply(tabled, t -> t.contains("G1"))).contains("G1");

        CommandResult refused = bot.command(BALBIR, channel, "/themegroup", "digest now");
        assertThat(bot.awaitReply(refused, t -> t.contains("Only"))).contains("chairs and secretaries");

        long mark = bot.fake().mark();
        CommandResult now = bot.command(DEBBIE, channel, "/themegroup", "digest now");
        assertThat(bot.awaitReply(now, t -> t.contains("on its way"))).contains("on its way");
        FakeSlack.Message toChair = FakeSlack.waitFor(() -> bot.fake().directMessages(SUE).stream()
                .filter(m -> m.seq() > mark).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(toChair).as("the chair's DM").isNotNull();
        List<FakeSlack.Message> inChannel = FakeSlack.waitFor(() -> bot.fake().messages(channel, mark).stream()
                .filter(m -> m.readable().contains("Digest")).toList(), FakeSlack.PATIENCE);
        assertThat(inChannel).hasSize(1);

        assertThat(toChair.blocks().size()).isLessThanOrEqualTo(50);
        for (JsonNode block : toChair.blocks()) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
        }
        assertThat(toChair.readable()).contains("Overdue* (100)").contains("Due in the next 7 days* (100)")
                .contains("Other open actions* (100)").contains("more: `/action list overdue`")
                .contains("Cllr Kevin Foster")
                .contains("Good practice submitted since").contains("*G2* Accessible venues checklist · disability")
                .contains("Good practice tabled for the next meeting* (1)\n• *G1* Hate crime reporting in schools");
    }

    /** The group's digest day and time as stored ("none" when off), and its zone. */
    private static List<String> schedule(String channel) {
        return bot.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COALESCE(s.digest_day, 'none'), COALESCE(s.digest_time, 'none'), g.time_zone
                        FROM theme_group g LEFT JOIN group_schedule s ON s.group_id = g.id
                        WHERE g.channel_id = :channel
                        """)
                .bind("channel", channel)
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).one());
    }
}
