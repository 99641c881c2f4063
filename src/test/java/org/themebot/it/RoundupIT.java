package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/** The pre-meeting round-up through the whole app: the owner's DM and its buttons, the chair's roll-up, matters arising. */
class RoundupIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime START = LocalDate.ofInstant(TestClock.start(), LONDON).plusDays(1).atTime(LocalTime.of(8, 58)).atZone(LONDON);
    static final LocalDate MEETING = START.toLocalDate().plusDays(3);
    static final TestClock clock = TestClock.running(START.toInstant());

    @RegisterExtension
    static final TestBot bot = new TestBot(clock);

    @Test
    void ownersAnswerTheRoundupTheChairGetsTheRollupAndTheMeetingShowsIt() {
        String channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        bot.command(SUE, channel, "/meeting", "start");
        bot.command(DEBBIE, channel, "/action", "add Run the survey | " + bot.mention(BALBIR) + " | next meeting");
        CommandResult next = bot.command(SUE, channel, "/meeting",
                "next " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(MEETING));
        bot.awaitChannelMessage(next, m -> m.readable().contains("ext meeting"));
        bot.command(SUE, channel, "/meeting", "end");
        assertThat(FakeSlack.holdsFor(() -> bot.fake().directMessages(BALBIR).isEmpty(), java.time.Duration.ofMillis(1500)))
                .as("not before the round-up time").isTrue();

        clock.set(START.plusMinutes(2).toInstant()); // 09:00, three days before the meeting
        FakeSlack.Message roundup = FakeSlack.waitFor(() -> bot.fake().directMessages(BALBIR).stream()
                .filter(m -> m.readable().contains("Round-up before the meeting")).findFirst().orElse(null),
                FakeSlack.PATIENCE);
        assertThat(roundup).as("Balbir's round-up DM").isNotNull();
        assertThat(roundup.readable()).contains("A1").contains("Run the survey");
        String value = roundup.blocks().findValues("value").get(0).asText();

        CommandResult pressed = bot.client().blockAction(BALBIR, roundup.channel(), "roundup_in_progress", value, null,
                roundup);
        assertThat(pressed.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(roundup.channel()).stream()
                .anyMatch(m -> m.ts().equals(roundup.ts()) && m.readable().contains("your answer: *In progress*")),
                FakeSlack.PATIENCE)).as("the DM shows the answer").isTrue();
        assertThat(bot.stored(channel).historyDetails(1)).anySatisfy(h -> assertThat(h).endsWith(": in progress"));

        clock.set(START.plusDays(2).plusMinutes(2).toInstant()); // 09:00 the day before
        List<FakeSlack.Message> rollup = FakeSlack.waitFor(() -> bot.fake().directMessages(SUE).stream()
                .filter(m -> m.readable().contains("Round-up answers")).toList(), FakeSlack.PATIENCE);
        assertThat(rollup).singleElement().satisfies(m -> assertThat(m.readable())
                .contains("1 of 1 actions answered").contains("In progress").contains("A1"));

        clock.set(START.plusDays(3).plusHours(1).toInstant()); // the meeting day
        CommandResult start = bot.command(SUE, channel, "/meeting", "start");
        assertThat(bot.awaitChannelMessage(start, m -> m.readable().contains("Matters arising")))
                .anySatisfy(m -> assertThat(m.readable()).contains("A1").contains("round-up: *in progress*"));
    }
}
