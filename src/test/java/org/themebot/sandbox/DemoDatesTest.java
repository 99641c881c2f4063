package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The demo's recent meeting is dated from the bot's clock, so that its actions are due in days whatever the day. */
class DemoDatesTest {

    @Test
    void theRecentMeetingIsAWednesdayOneToTwoWeeksAgoOnEveryDayOfTheWeek() {
        LocalDate wednesday = LocalDate.of(2026, 6, 10);
        for (int i = 0; i < 7; i++) {
            LocalDate today = wednesday.plusDays(i);

            LocalDate meeting = Demo.Dates.from(today).meeting();

            assertThat(meeting.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(ChronoUnit.DAYS.between(meeting, today)).as("days since the meeting on " + today).isBetween(7L, 13L);
        }
    }

    @Test
    void placeholdersBecomeDatesAsASecretaryWritesThem() {
        Demo.Dates dates = Demo.Dates.from(LocalDate.of(2026, 6, 10));

        assertThat(dates.fill("/meeting start {meeting}")).isEqualTo("/meeting start 3 Jun 2026");
        assertThat(dates.fill("/action add Book the stall | @Sally Giles | {today-4}"))
                .isEqualTo("/action add Book the stall | @Sally Giles | 6 Jun 2026");
        assertThat(dates.fill("/meeting next {meeting+28}")).isEqualTo("/meeting next 1 Jul 2026");
        assertThat(dates.fill("{today+2} and {today}")).isEqualTo("12 Jun 2026 and 10 Jun 2026");
        assertThat(dates.fill("no dates {here}")).isEqualTo("no dates {here}");
    }
}
