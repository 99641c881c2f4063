package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    ScheduleService schedules;
    final List<String> rescheduled = new ArrayList<>();

    static Invocation by(String userId) {
        return new Invocation("T1", "C1", "equalities", userId, AT);
    }

    @BeforeEach
    void group() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        new GroupService(jdbi, LONDON).setup(by("UCHAIR"), "secretary <@USEC|sec>");
        schedules = new ScheduleService(jdbi, (groupId, when, zone) ->
                rescheduled.add(groupId + " " + when.map(WeeklyTime::describe).orElse("off") + " " + zone));
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
    void aDigestScheduleReschedulesItsTrigger() {
        schedules.digest(by("UCHAIR"), "monday 09:00");
        assertThat(schedule().digest()).contains(new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0)));
        assertThat(schedule().digestToChannel()).isFalse();
        schedules.digest(by("UCHAIR"), "Fri 7.45 channel");
        assertThat(schedule().digest()).contains(new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(7, 45)));
        assertThat(schedule().digestToChannel()).isTrue();
        schedules.digest(by("UCHAIR"), "off");
        assertThat(schedule().digest()).isEmpty();
        assertThat(rescheduled).containsExactly("1 Monday at 09:00 Europe/London", "1 Friday at 07:45 Europe/London",
                "1 off Europe/London");
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
            "reminders; ''; " + ScheduleService.REMINDERS_FORM,
            "reminders; two; " + ScheduleService.REMINDERS_FORM,
            "reminders; 29; " + ScheduleService.REMINDERS_FORM,
            "reminders; 2 at 25:00; " + ScheduleService.REMINDERS_FORM,
            "reminders; 2 at noon; " + ScheduleService.REMINDERS_FORM,
            "reminders; -1; " + ScheduleService.REMINDERS_FORM,
            "digest; ''; " + ScheduleService.DIGEST_FORM,
            "digest; monday; " + ScheduleService.DIGEST_FORM,
            "digest; mo 09:00; " + ScheduleService.DIGEST_FORM,
            "digest; funday 09:00; " + ScheduleService.DIGEST_FORM,
            "digest; monday 9am; " + ScheduleService.DIGEST_FORM,
            "digest; monday 09:00 everyone; " + ScheduleService.DIGEST_FORM,
            "proxy; ''; " + ScheduleService.PROXY_FORM,
            "proxy; Cllr Kevin Foster; " + ScheduleService.PROXY_FORM,
            "proxy; <@USUE|sue> <@USEC|sec>; " + ScheduleService.PROXY_FORM,
            "proxy; Nobody off; " + ScheduleService.PROXY_FORM,
            "roundup; ''; " + ScheduleService.ROUNDUP_FORM,
            "roundup; 0; " + ScheduleService.ROUNDUP_FORM,
            "roundup; 1; " + ScheduleService.ROUNDUP_FORM,
            "roundup; 29; " + ScheduleService.ROUNDUP_FORM,
            "roundup; soon; " + ScheduleService.ROUNDUP_FORM,
    })
    void badInputNamesTheCorrectFormAndChangesNothing(String subcommand, String args, String form) {
        Map<String, String> before = TestDatabase.snapshot(jdbi);
        CommandError error = catchThrowableOfType(() -> run(subcommand, by("USEC"), args), CommandError.class);
        assertThat(error).isNotNull();
        assertThat(error.correctForm()).isEqualTo(form);
        assertThat(TestDatabase.snapshot(jdbi)).isEqualTo(before);
        assertThat(rescheduled).isEmpty();
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
                .correctForm()).isEqualTo(GroupService.SETUP_FORM);
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
