package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderRulesTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ReminderSettings DEFAULTS = new ReminderSettings(2, LocalTime.of(9, 0), LONDON);
    static final LocalDate DUE = LocalDate.of(2026, 6, 10); // a Wednesday in summer time
    static final Instant CREATED = at("2026-06-01T12:00", LONDON);

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static Optional<String> due(LocalDate due, Instant from, ReminderSettings settings, Instant now) {
        return ReminderRules.latestDue(due, from, settings, now).map(r -> r.kind().storeName() + " " + r.day());
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(nullValues = "none", value = {
            "2026-06-08T08:59, none",                 // two days before, a minute early
            "2026-06-08T09:00, before 2026-06-08",    // two days before, on the minute
            "2026-06-09T20:00, before 2026-06-08",    // still the latest until the due day's
            "2026-06-10T09:00, due 2026-06-10",
            "2026-06-11T08:59, due 2026-06-10",
            "2026-06-11T09:00, overdue 2026-06-11",   // first overdue: the day after
            "2026-06-17T23:00, overdue 2026-06-11",
            "2026-06-18T09:00, overdue 2026-06-18",   // then every 7 days
            "2026-06-25T09:00, overdue 2026-06-25",
            "2026-07-01T09:00, overdue 2026-06-25",
            "2026-07-02T09:00, overdue 2026-07-02",
    })
    void defaultsInLondon(String now, String expected) {
        assertThat(due(DUE, CREATED, DEFAULTS, at(now, LONDON))).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(value = {
            "2027-06-03T09:00, overdue 2027-06-03",   // weekly through the first year overdue
            "2027-06-10T09:00, overdue 2027-06-10",   // a year overdue: the last weekly, the first of every 4 weeks
            "2027-06-17T09:00, overdue 2027-06-10",   // no weekly one any more
            "2027-07-07T09:00, overdue 2027-06-10",
            "2027-07-08T09:00, overdue 2027-07-08",   // four weeks on, the same weekday
            "2027-08-05T09:00, overdue 2027-08-05",
    })
    void overdueForMoreThanAYearIsRemindedEveryFourWeeks(String now, String expected) {
        assertThat(due(DUE, CREATED, DEFAULTS, at(now, LONDON))).contains(expected);
    }

    @Test
    void anActionAddedYearsOverdueIsRemindedEveryFourWeeksFromTheStart() {
        LocalDate dueIn2008 = LocalDate.of(2008, 9, 30);
        Instant added = at("2026-06-10T10:00", LONDON);
        assertThat(due(dueIn2008, added, DEFAULTS, at("2026-06-11T09:00", LONDON))).contains("overdue 2026-06-11");
        assertThat(due(dueIn2008, added, DEFAULTS, at("2026-06-18T09:00", LONDON))).contains("overdue 2026-06-11");
        assertThat(ReminderRules.next(dueIn2008, added, DEFAULTS, at("2026-06-11T09:00", LONDON)))
                .map(Reminder::day).contains(LocalDate.of(2026, 7, 9));
    }

    @Test
    void afterDowntimeOnlyTheLatestReminderIsDue() {
        // Down from before the "before" reminder until the overdue one: one reminder, the overdue.
        assertThat(due(DUE, CREATED, DEFAULTS, at("2026-06-12T10:00", LONDON))).contains("overdue 2026-06-11");
    }

    @Test
    void zeroDaysBeforeMeansNoBeforeReminder() {
        ReminderSettings none = new ReminderSettings(0, LocalTime.of(9, 0), LONDON);
        assertThat(due(DUE, CREATED, none, at("2026-06-09T12:00", LONDON))).isEmpty();
        assertThat(due(DUE, CREATED, none, at("2026-06-10T09:00", LONDON))).contains("due 2026-06-10");
    }

    @Test
    void theGroupsTimeOfDayIsUsed() {
        ReminderSettings late = new ReminderSettings(2, LocalTime.of(16, 30), LONDON);
        assertThat(due(DUE, CREATED, late, at("2026-06-10T16:29", LONDON))).contains("before 2026-06-08");
        assertThat(due(DUE, CREATED, late, at("2026-06-10T16:30", LONDON))).contains("due 2026-06-10");
    }

    @Nested
    class NothingIsBackDated {

        @Test
        void anActionAddedOverdueWaitsForTheNextReminderTime() {
            Instant added = at("2026-06-20T10:00", LONDON); // due 10 June, added after that day's 09:00
            assertThat(due(DUE, added, DEFAULTS, added)).isEmpty();
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-21T08:59", LONDON))).isEmpty();
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-21T09:00", LONDON))).contains("overdue 2026-06-21");
            // and repeats every 7 days from then
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-28T09:00", LONDON))).contains("overdue 2026-06-28");
        }

        @Test
        void anActionAddedBeforeTheReminderTimeGetsThatDaysReminder() {
            Instant added = at("2026-06-10T08:00", LONDON); // due today, before 09:00
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-10T09:00", LONDON))).contains("due 2026-06-10");
        }

        @Test
        void anActionAddedOnItsDueDayAfterTheReminderTimeIsNextRemindedWhenOverdue() {
            Instant added = at("2026-06-10T11:00", LONDON);
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-10T23:00", LONDON))).isEmpty();
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-11T09:00", LONDON))).contains("overdue 2026-06-11");
        }

        @Test
        void aBeforeReminderThatPassedBeforeCreationIsNotSent() {
            Instant added = at("2026-06-09T12:00", LONDON); // the "2 days before" was yesterday
            assertThat(due(DUE, added, DEFAULTS, at("2026-06-09T12:01", LONDON))).isEmpty();
        }
    }

    @Nested
    class Snooze {

        @Test
        void snoozingHoldsRemindersForAWeekThenTheOverdueOneComesAndRepeats() {
            Instant pressed = at("2026-06-11T09:05", LONDON); // snoozed from the first overdue reminder
            Instant resume = DEFAULTS.instantOn(LocalDate.of(2026, 6, 18));
            assertThat(due(DUE, resume, DEFAULTS, pressed)).isEmpty();
            assertThat(due(DUE, resume, DEFAULTS, at("2026-06-18T08:59", LONDON))).isEmpty();
            assertThat(due(DUE, resume, DEFAULTS, at("2026-06-18T09:00", LONDON))).contains("overdue 2026-06-18");
            assertThat(due(DUE, resume, DEFAULTS, at("2026-06-25T09:00", LONDON))).contains("overdue 2026-06-25");
        }

        @Test
        void aSnoozePastTheDueDateSkipsTheDueReminder() {
            Instant resume = DEFAULTS.instantOn(LocalDate.of(2026, 6, 15)); // snoozed on the 8th
            assertThat(due(DUE, resume, DEFAULTS, at("2026-06-10T09:00", LONDON))).isEmpty();
            assertThat(due(DUE, resume, DEFAULTS, at("2026-06-15T09:00", LONDON))).contains("overdue 2026-06-15");
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void remindersKeepNineOClockLocalAcrossTheSpringChange() {
            // Clocks go forward on Sunday 29 March 2026: 09:00 is 09:00 GMT before, 08:00 UTC after.
            LocalDate due = LocalDate.of(2026, 3, 30);
            Instant created = at("2026-03-20T12:00", LONDON);
            Reminder before = ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-03-28T09:00:00Z"))
                    .orElseThrow();
            assertThat(before.kind()).isEqualTo(ReminderKind.BEFORE);
            assertThat(before.instant()).isEqualTo(Instant.parse("2026-03-28T09:00:00Z"));
            assertThat(ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-03-30T07:59:00Z"))
                    .orElseThrow().kind()).isEqualTo(ReminderKind.BEFORE);
            Reminder onTheDay = ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-03-30T08:00:00Z"))
                    .orElseThrow();
            assertThat(onTheDay.kind()).isEqualTo(ReminderKind.DUE);
            assertThat(onTheDay.instant()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        }

        @Test
        void overdueRepeatsStayOnLocalTimeAcrossTheAutumnChange() {
            // Clocks go back on Sunday 25 October 2026: 09:00 is 08:00 UTC before, 09:00 UTC after.
            LocalDate due = LocalDate.of(2026, 10, 20);
            Instant created = at("2026-10-01T12:00", LONDON);
            Reminder first = ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-10-21T08:00:00Z"))
                    .orElseThrow();
            assertThat(first.day()).isEqualTo(LocalDate.of(2026, 10, 21));
            assertThat(ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-10-28T08:30:00Z"))
                    .orElseThrow().day()).as("08:30 UTC is 08:30 GMT, before the reminder time")
                    .isEqualTo(LocalDate.of(2026, 10, 21));
            Reminder second = ReminderRules.latestDue(due, created, DEFAULTS, Instant.parse("2026-10-28T09:00:00Z"))
                    .orElseThrow();
            assertThat(second.day()).isEqualTo(LocalDate.of(2026, 10, 28));
            assertThat(second.headline()).isEqualTo("overdue by 8 days");
        }

        @Test
        void aReminderTimeSkippedByTheClocksGoesOutAtTheSameLength() {
            ReminderSettings early = new ReminderSettings(2, LocalTime.of(1, 30), LONDON); // 01:30 does not exist on 29 March
            assertThat(early.instantOn(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "America/New_York, 2026-06-10T13:00:00Z",
            "Asia/Kolkata, 2026-06-10T03:30:00Z",
            "Pacific/Auckland, 2026-06-09T21:00:00Z",
            "UTC, 2026-06-10T09:00:00Z",
    })
    void otherZonesUseTheirOwnNineOClock(String zone, String expectedInstant) {
        ReminderSettings settings = new ReminderSettings(2, LocalTime.of(9, 0), ZoneId.of(zone));
        Instant expected = Instant.parse(expectedInstant);
        Instant created = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(ReminderRules.latestDue(DUE, created, settings, expected.minusSeconds(1)).orElseThrow().kind())
                .isEqualTo(ReminderKind.BEFORE);
        Reminder due = ReminderRules.latestDue(DUE, created, settings, expected).orElseThrow();
        assertThat(due.kind()).isEqualTo(ReminderKind.DUE);
        assertThat(due.instant()).isEqualTo(expected);
    }

    @Test
    void headlinesSayPlainlyWhichKind() {
        assertThat(new Reminder(ReminderKind.BEFORE, DUE.minusDays(2), Instant.EPOCH, DUE).headline())
                .isEqualTo("due in 2 days");
        assertThat(new Reminder(ReminderKind.BEFORE, DUE.minusDays(1), Instant.EPOCH, DUE).headline())
                .isEqualTo("due in 1 day");
        assertThat(new Reminder(ReminderKind.DUE, DUE, Instant.EPOCH, DUE).headline()).isEqualTo("due today");
        assertThat(new Reminder(ReminderKind.OVERDUE, DUE.plusDays(15), Instant.EPOCH, DUE).headline())
                .isEqualTo("overdue by 15 days");
    }

    @Test
    void nextSaysWhenTheFollowingReminderComes() {
        assertThat(ReminderRules.next(DUE, CREATED, DEFAULTS, at("2026-06-08T09:00", LONDON)).orElseThrow().day())
                .isEqualTo(DUE);
        assertThat(ReminderRules.next(DUE, CREATED, DEFAULTS, at("2026-06-12T09:00", LONDON)).orElseThrow().day())
                .isEqualTo(LocalDate.of(2026, 6, 18));
    }
}
