package org.themebot.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardReportScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-12, 2026-12-01, a Tuesday",
            "2026-02, 2026-02-02, 1 February is a Sunday",
            "2026-08, 2026-08-03, 1 August is a Saturday",
            "2027-01, 2027-01-04, New Year's Day is a Friday",
            "2022-01, 2022-01-04, New Year's Day is a Saturday: Monday 3rd is the holiday",
            "2023-05, 2023-05-02, 1 May is the early May bank holiday",
            "2026-05, 2026-05-01, the early May bank holiday is the 4th",
            "2024-04, 2024-04-02, 1 April is Easter Monday",
            "2021-04, 2021-04-01, Good Friday is the 2nd",
            "2029-03, 2029-03-01, a Thursday",
    })
    void theFirstWorkingDaySkipsWeekendsAndStartOfMonthBankHolidays(YearMonth month, LocalDate expected, String why) {
        assertThat(BoardReportSchedule.firstWorkingDay(month)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2008, 2008-03-23", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(BoardReportSchedule.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void nineInTheMorningPartnershipTimeOnEitherSideOfTheClockChange() {
        assertThat(BoardReportSchedule.runAt(YearMonth.of(2026, 3), LONDON)).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(BoardReportSchedule.runAt(YearMonth.of(2026, 4), LONDON)).isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
        assertThat(BoardReportSchedule.runAt(YearMonth.of(2026, 11), LONDON)).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
        assertThat(BoardReportSchedule.runAt(YearMonth.of(2026, 12), ZoneId.of("America/New_York")))
                .isEqualTo(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(BoardReportSchedule.runAt(YearMonth.of(2026, 12), ZoneId.of("Pacific/Auckland")))
                .isEqualTo(Instant.parse("2026-11-30T20:00:00Z"));
    }

    @Test
    void theNextRunIsStrictlyAfter() {
        Instant december = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(BoardReportSchedule.nextRun(Instant.parse("2026-11-27T10:00:00Z"), LONDON)).isEqualTo(december);
        assertThat(BoardReportSchedule.nextRun(december.minusMillis(1), LONDON)).isEqualTo(december);
        assertThat(BoardReportSchedule.nextRun(december, LONDON)).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        // Late on 31 March UTC is already 1 April in London: April's report is at 08:00 UTC that day.
        assertThat(BoardReportSchedule.nextRun(Instant.parse("2026-03-31T23:30:00Z"), LONDON))
                .isEqualTo(Instant.parse("2026-04-01T08:00:00Z"));
    }

    @Test
    void theDueMonthIsTheLatestWhoseTimeHasComeAndNeverOneBeforeTheReportWasTurnedOn() {
        Instant on = Instant.parse("2026-10-15T12:00:00Z");
        assertThat(BoardReportSchedule.dueMonth(Instant.parse("2026-11-02T08:59:59Z"), LONDON, on)).isEmpty();
        assertThat(BoardReportSchedule.dueMonth(Instant.parse("2026-11-02T09:00:00Z"), LONDON, on))
                .contains(YearMonth.of(2026, 11));
        assertThat(BoardReportSchedule.dueMonth(Instant.parse("2026-11-30T23:00:00Z"), LONDON, on))
                .contains(YearMonth.of(2026, 11));
        // Down from November to February: only February's is due.
        assertThat(BoardReportSchedule.dueMonth(Instant.parse("2027-02-10T12:00:00Z"), LONDON, on))
                .contains(YearMonth.of(2027, 2));
        assertThat(BoardReportSchedule.dueMonth(Instant.parse("2026-10-20T12:00:00Z"), LONDON, on))
                .isEqualTo(Optional.empty());
    }
}
