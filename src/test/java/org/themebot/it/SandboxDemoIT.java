package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.DEBBIE;
import static org.themebot.it.PageClient.SUE;
import static org.themebot.it.PageClient.THEME_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/**
 * THEMEBOT_DEMO=1: a newcomer finds the demo group already recorded when the page opens: the
 * 3 September 2008 meeting as its secretary wrote it, and the same group today, whose recent
 * meeting (dated from the bot's clock) left actions due in days, one
 * overdue by four days and one done. Nothing on the first screen warns or counts years overdue.
 */
class SandboxDemoIT {

    static final String SALLY = "U04SALLY";
    /** Typing two meetings goes through the bot line by line; a loaded machine makes it slow. */
    static final Duration DEMO_PATIENCE = Duration.ofSeconds(120);
    static final Pattern OVERDUE = Pattern.compile("overdue by ([\\d,]+) days?");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final LocalDate TODAY = LocalDate.ofInstant(TestClock.start(), ZoneId.of("Europe/London"));
    /** As the demo dates it: a Wednesday one to two weeks before today. */
    static final LocalDate RECENT_MEETING = TODAY.minusDays(7).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));

    @RegisterExtension
    static final SandboxPage page = new SandboxPage(true, TestClock.running(TestClock.start()));

    static PageClient slack;
    /** What the secretary and the chair see in the channel once the demo is loaded, before the tests do anything. */
    static Map<String, List<PageClient.Post>> firstScreen;

    @BeforeAll
    static void theDemoIsLoadedAtStart() {
        slack = page.client();
        assertThat(FakeSlack.waitFor(() -> slack.posts(DEBBIE, THEME_GROUP).stream()
                .anyMatch(p -> p.readable().contains("Sent round by e-mail")) ? true : null, DEMO_PATIENCE))
                .as("the demo's last line answered").isTrue();
        firstScreen = Map.of(DEBBIE, slack.posts(DEBBIE, THEME_GROUP), SUE, slack.posts(SUE, THEME_GROUP));
    }

    @Test
    void theFirstScreenShowsNoWarningAndNoOverdueCountOverAMonth() {
        for (String person : List.of(DEBBIE, SUE)) {
            List<PageClient.Post> posts = firstScreen.get(person);
            assertThat(posts).noneMatch(p -> p.readable().contains(":warning:") || p.readable().contains("no theme group"));
            posts.forEach(p -> {
                Matcher overdue = OVERDUE.matcher(p.readable());
                while (overdue.find()) {
                    assertThat(Integer.parseInt(overdue.group(1).replace(",", ""))).as(overdue.group()).isLessThanOrEqualTo(31);
                }
            });
        }
        assertThat(firstScreen.get(DEBBIE)).noneMatch(p -> p.text().equals("/meeting list"));
    }

    @Test
    void theSeptember2008MeetingExportsAsItsSecretaryWroteIt() {
        PageClient.Post ended = slack.awaitPost(DEBBIE, THEME_GROUP, p -> p.readable().contains("Meeting M1 ended"))
                .orElseThrow();
        assertThat(ended.readable()).contains("Actions agreed (6)", "Wednesday 22 October 2008");

        String notes = exported(ended, "md");
        assertThat(notes).contains("Action Notes of the Equalities and Communities Theme Group",
                "Wednesday 3rd September 2008", "Forward the Home Office Toolkit to Debbie for circulation to the group",
                "Sept 08", "22 Oct 08", "Sept/Oct 08", "8 Oct 08", "Date of Next Meeting", "22 October 2008")
                .doesNotContain("Hate Crime", "2026");
        String csv = exported(ended, "csv");
        assertThat(csv.lines()).hasSize(7).anyMatch(r -> r.contains("Balbir Sohal / Debbie Briggs") && r.contains("Sept 08"));
    }

    @Test
    void theGroupTodayHasActionsDueInDaysOneOverdueAndOneDone() {
        slack.type(DEBBIE, THEME_GROUP, "/action list");
        PageClient.Post list = slack.awaitPost(DEBBIE, THEME_GROUP, p -> p.readable().contains("Book the stall")
                && p.readable().contains("Open actions")).orElseThrow();
        assertThat(list.readable()).contains("overdue by 4 days", "Draft a leaflet on how to report hate crime",
                DAY.format(TODAY.plusDays(2)), "Circulate the second draft of the good practice guide");

        slack.openHome(SALLY);
        JsonNode home = FakeSlack.waitFor(() -> slack.state(SALLY).path("home").isObject()
                ? slack.state(SALLY).path("home") : null, FakeSlack.PATIENCE);
        assertThat(home.toString()).contains("Book the stall", "Your open actions (1)");

        slack.type(SUE, THEME_GROUP, "/themegroup digest now");
        PageClient.Post digest = slack.awaitPost(SUE, "D02SUE", p -> p.readable().contains("Digest")).orElseThrow();
        assertThat(digest.readable()).contains("*Overdue*", "Book the stall", "*Due in the next 7 days*",
                "Draft a leaflet", "Send the notes of this meeting round the group", "Wed " + DAY.format(RECENT_MEETING.plusDays(28)));
    }

    @Test
    void theDemoIsNotLoadedTwice() {
        PageClient.Answer again = slack.demo();

        assertThat(again.json().path("loaded").asBoolean()).isFalse();
        assertThat(again.json().path("message").asText()).contains("already has a theme group");
    }

    /** Presses the meeting's Export button and reads the file it shares. */
    private static String exported(PageClient.Post ended, String format) {
        String name = "action-notes-2008-09-03." + format;
        slack.press(DEBBIE, THEME_GROUP, ended, "meeting_export_" + format);
        PageClient.Post shared = slack.awaitPost(DEBBIE, THEME_GROUP, p -> p.files().size() > 0
                && p.files().get(0).path("name").asText().equals(name)).orElseThrow();
        return new String(slack.get(shared.files().get(0).path("url").asText()).body(), StandardCharsets.UTF_8);
    }
}
