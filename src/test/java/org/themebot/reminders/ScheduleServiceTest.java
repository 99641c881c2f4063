package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.store.TestDatabase;

class ScheduleServiceTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");

    @TempDir
    Path dir;
    Jdbi jdbi;
    ScheduleAsCommands schedules;

    static Invocation by(String userId) {
        return new Invocation("T1", "C1", "equalities", userId, AT);
    }

    @BeforeEach
    void group() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        new GroupService(jdbi, LONDON).setup(by("UCHAIR"), GroupCommands.setupRequest("secretary <@USEC|sec>"));
        schedules = new ScheduleAsCommands(new ScheduleService(jdbi));
    }

    GroupSchedule schedule() {
        return jdbi.onDemand(ScheduleStore.class).find(1).orElseThrow();
    }

    @Test
    void defaultsAreTwoDaysBeforeAtNineNoDigestAndARoundUpThreeDaysAhead() {
        GroupSchedule s = schedule();
        assertThat(s.reminders()).isEqualTo(new ReminderSettings(2, LocalTime.of(9, 0), LONDON));
        assertThat(s.digest()).isEmpty();
        assertThat(s.roundupDays()).contains(3);
    }

    @Test
    void remindersTakeDaysAndOptionallyATime() {
        schedules.reminders(by("USEC"), "3 at 16:30");
        assertThat(schedule().reminders()).isEqualTo(new ReminderSettings(3, LocalTime.of(16, 30), LONDON));
        schedules.reminders(by("USEC"), "0");
        assertThat(schedule().reminders()).as("the time stays").isEqualTo(new ReminderSettings(0, LocalTime.of(16, 30), LONDON));
    }

    @Test
    void aGroupMayKeepLongOverdueActionsRemindedWeekly() {
        assertThat(schedule().reminders().longOverdueWeekly()).as("every 4 weeks by default").isFalse();
        schedules.longOverdueWeekly(by("USEC"));
        assertThat(schedule().reminders().longOverdueWeekly()).isTrue();
        schedules.reminders(by("USEC"), "3 at 16:30");
        assertThat(schedule().reminders().longOverdueWeekly()).as("kept when the reminder time changes").isTrue();
    }

    @Test
    void aDigestHasADayATimeAndMaybeTheChannelAndCountsFromWhenItWasSet() {
        schedules.digest(by("UCHAIR"), "monday 09:00");
        assertThat(schedule().digest()).contains(new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        assertThat(schedule().digestToChannel()).isFalse();
        schedules.digest(by("UCHAIR"), "Fri 7.45 channel");
        assertThat(schedule().digest()).contains(new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(7, 45)));
        assertThat(schedule().digestToChannel()).isTrue();
        assertThat(schedule().digestFrom()).as("no digest for a moment before it was set").contains(AT);
        schedules.digest(by("UCHAIR"), "off");
        assertThat(schedule().digest()).isEmpty();
        assertThat(schedule().digestFrom()).isEmpty();
    }

    @Test
    void proxiesAreSetReplacedAndTurnedOff() {
        schedules.proxy(by("USEC"), "Cllr Kevin Foster <@USEC|sec>");
        schedules.proxy(by("USEC"), "cllr kevin foster <@UCHAIR|chair>");
        assertThat(schedules.show(new GroupService(jdbi, LONDON).require(by("USEC"))).proxies())
                .containsExactly(new ScheduleStore.Proxy("cllr kevin foster", "UCHAIR"));
        schedules.proxy(by("USEC"), "Cllr Kevin Foster off");
        assertThat(jdbi.onDemand(ScheduleStore.class).proxies(1)).isEmpty();
    }

    @Test
    void roundUpTakesDaysOrOff() {
        schedules.roundup(by("USEC"), "5");
        assertThat(schedule().roundupDays()).contains(5);
        schedules.roundup(by("USEC"), "OFF");
        assertThat(schedule().roundupDays()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "reminders; ''",
            "reminders; two",
            "reminders; 29",
            "reminders; 2 at 25:00",
            "reminders; 2 at noon",
            "reminders; -1",
            "digest; ''",
            "digest; monday",
            "digest; mo 09:00",
            "digest; funday 09:00",
            "digest; monday 9am",
            "digest; monday 09:00 everyone",
            "proxy; ''",
            "proxy; Cllr Kevin Foster",
            "proxy; <@USUE|sue> <@USEC|sec>",
            "proxy; Nobody off",
            "roundup; ''",
            "roundup; 0",
            "roundup; 1",
            "roundup; 29",
            "roundup; soon",
    })
    void badInputSaysWhatIsWrongAndChangesNothing(String subcommand, String args) {
        Map<String, String> before = TestDatabase.snapshot(jdbi);
        CommandError error = catchThrowableOfType(() -> run(subcommand, by("USEC"), args), CommandError.class);
        assertThat(error).isNotNull();
        assertThat(error.getMessage()).isNotBlank();
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({"reminders, 3", "digest, monday 09:00", "proxy, Cllr Kevin Foster <@USUE|sue>", "roundup, off"})
    void onlyChairsAndSecretariesChangeSettings(String subcommand, String args) {
        Map<String, String> before = TestDatabase.snapshot(jdbi);
        NotAllowed refused = catchThrowableOfType(() -> run(subcommand, by("USUE"), args), NotAllowed.class);
        assertThat(refused).isNotNull();
        assertThat(refused.allowedUserIds()).containsExactly("UCHAIR", "USEC");
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
    }

    @Test
    void anotherChannelHasNoGroupToChange() {
        Invocation elsewhere = new Invocation("T1", "C2", "random", "UCHAIR", AT);
        assertThat(catchThrowableOfType(() -> schedules.reminders(elsewhere, "3"), CommandError.class)
                .correctForm()).startsWith("/themegroup setup");
        assertThat(schedule().reminders().daysBefore()).isEqualTo(2);
    }

    @Test
    void nextDigestIsTheNextSuchMomentInTheGroupsZone() {
        WeeklyTime monday = new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0));
        // Friday 27 November 2026 → Monday 30 November, 09:00 GMT
        assertThat(monday.nextAfter(AT, LONDON).toInstant()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        WeeklyTime friday = new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(9, 0));
        assertThat(friday.nextAfter(AT, LONDON).toInstant()).as("09:00 today has gone")
                .isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(Optional.of(friday.nextAfter(Instant.parse("2026-11-27T08:59:00Z"), LONDON).toInstant()))
                .contains(Instant.parse("2026-11-27T09:00:00Z"));
    }

    private void run(String subcommand, Invocation inv, String args) {
        switch (subcommand) {
            case "reminders" -> schedules.reminders(inv, args);
            case "digest" -> schedules.digest(inv, args);
            case "proxy" -> schedules.proxy(inv, args);
            case "roundup" -> schedules.roundup(inv, args);
            default -> throw new IllegalArgumentException(subcommand);
        }
    }
}
