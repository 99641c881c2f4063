package org.themebot.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.themebot.commands.Timescale.Kind;

/**
 * Every table has the columns: typed | today | next meeting | expected due | expected kind.
 * An empty today is {@link #MEETING_DAY}; an empty next meeting or due means none.
 */
class TimescaleParserTest {

    /** The meeting the examples come from: Wednesday 3 September 2008. */
    private static final LocalDate MEETING_DAY = LocalDate.of(2008, 9, 3);

    private final TimescaleParser parser = new TimescaleParser();

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            22 Oct 08                               |            |            | 2008-10-22 | DATED
            22 October 2008                         |            |            | 2008-10-22 | DATED
            22/10/2008                              |            |            | 2008-10-22 | DATED
            2008-10-22                              |            |            | 2008-10-22 | DATED
            Sept 08                                 |            |            | 2008-09-30 | DATED
            September 2008                          |            |            | 2008-09-30 | DATED
            Sep 2008                                |            |            | 2008-09-30 | DATED
            Sept/Oct 08                             |            |            | 2008-10-31 | DATED
            April 2008 – March 2010                 |            |            | 2010-03-31 | DATED
            July 2008- March 2010                   |            |            | 2010-03-31 | DATED
            August 2008 – April 2009 (for Year 3)   |            |            | 2009-04-30 | DATED
            10/08                                   |            |            | 2008-10-31 | DATED
            10/2008                                 |            |            | 2008-10-31 | DATED
            Q3 2009                                 |            |            | 2009-09-30 | DATED
            Autumn 2008                             |            |            | 2008-11-30 | DATED
            2008/09                                 |            |            | 2009-03-31 | DATED
            2008/10                                 |            |            | 2010-03-31 | DATED
            end of year                             |            |            | 2008-12-31 | DATED
            end of 2008                             |            |            | 2008-12-31 | DATED
            today                                   |            |            | 2008-09-03 | DATED
            tomorrow                                |            |            | 2008-09-04 | DATED
            next Friday                             |            |            | 2008-09-05 | DATED
            in 2 weeks                              |            |            | 2008-09-17 | DATED
            end of month                            |            |            | 2008-09-30 | DATED
            next meeting                            |            | 2008-10-01 | 2008-10-01 | NEXT_MEETING
            ongoing                                 |            |            |            | NO_DATE
            tbc                                     |            |            |            | NO_DATE
            ""                                      |            |            |            | NO_DATE
            """)
    void readsEveryExampleInTheSpecTable(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} on {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            8 Oct 08                                |            |            | 2008-10-08 | DATED
            8th October 2008                        |            |            | 2008-10-08 | DATED
            October 8th 2008                        |            |            | 2008-10-08 | DATED
            "October 8th, 2008"                     |            |            | 2008-10-08 | DATED
            Oct 22 2008                             |            |            | 2008-10-22 | DATED
            8-Oct-2008                              |            |            | 2008-10-08 | DATED
            22.10.2008                              |            |            | 2008-10-22 | DATED
            22/10/08                                |            |            | 2008-10-22 | DATED
            22-10-2008                              |            |            | 2008-10-22 | DATED
            1/9/08                                  |            |            | 2008-09-01 | DATED
            Wed 22 Oct 08                           |            |            | 2008-10-22 | DATED
            Wednesday 22nd October 2008             |            |            | 2008-10-22 | DATED
            "Wednesday, 22nd of October, 2008"      |            |            | 2008-10-22 | DATED
            Wed. October 22nd 2008                  |            |            | 2008-10-22 | DATED
            Fri 2/1/09                              |            |            | 2009-01-02 | DATED
            Tues 4 Nov                              |            |            | 2008-11-04 | DATED
            22 Oct                                  |            |            | 2008-10-22 | DATED
            8th October                             |            |            | 2008-10-08 | DATED
            October 8                               |            |            | 2008-10-08 | DATED
            3 Sept                                  |            |            | 2008-09-03 | DATED
            1 Sept                                  |            |            | 2009-09-01 | DATED
            1 Jan                                   | 2008-12-31 |            | 2009-01-01 | DATED
            29 Feb                                  |            |            | 2012-02-29 | DATED
            29/02/2008                              |            |            | 2008-02-29 | DATED
            28 Feb 09                               |            |            | 2009-02-28 | DATED
            31 Dec 2008                             |            |            | 2008-12-31 | DATED
            "  22   OCT   08 "                      |            |            | 2008-10-22 | DATED
            22 Oct 08.                              |            |            | 2008-10-22 | DATED
            20/10/2008 (provisional) (tbc)          |            |            | 2008-10-20 | DATED
            """)
    void readsDaysInEveryCommonUkWay(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} on {1} -> {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            October                                 |            |            | 2008-10-31 | DATED
            Sept                                    |            |            | 2008-09-30 | DATED
            August                                  |            |            | 2009-08-31 | DATED
            Sep.                                    |            |            | 2008-09-30 | DATED
            Sep. 2008                               |            |            | 2008-09-30 | DATED
            Febr 2009                               |            |            | 2009-02-28 | DATED
            Jun 09                                  |            |            | 2009-06-30 | DATED
            Jul 09                                  |            |            | 2009-07-31 | DATED
            Oct-08                                  |            |            | 2008-10-31 | DATED
            Oct '08                                 |            |            | 2008-10-31 | DATED
            Oct 22                                  |            |            | 2022-10-31 | DATED
            1/09                                    |            |            | 2009-01-31 | DATED
            Setp 08                                 |            |            | 2008-09-30 | DATED
            Septmber 2008                           |            |            | 2008-09-30 | DATED
            Ocotber 08                              |            |            | 2008-10-31 | DATED
            Feburary 2009                           |            |            | 2009-02-28 | DATED
            Jule 09                                 |            |            |            | UNRECOGNISED
            Dec 08/Jan 09                           |            |            | 2009-01-31 | DATED
            Sept - Dec 08                           |            |            | 2008-12-31 | DATED
            April to June 2009                      |            |            | 2009-06-30 | DATED
            Oct until Dec 2008                      |            |            | 2008-12-31 | DATED
            Sept—Oct 08                             |            |            | 2008-10-31 | DATED
            Sept / Oct 08                           |            |            | 2008-10-31 | DATED
            SEPT/oct 08.                            |            |            | 2008-10-31 | DATED
            Nov/Dec                                 |            |            | 2008-12-31 | DATED
            Dec/Jan 09                              |            |            | 2009-01-31 | DATED
            Dec/Jan                                 |            |            | 2009-01-31 | DATED
            Nov 08 - Feb                            |            |            | 2009-02-28 | DATED
            Jan/Feb                                 |            |            | 2009-02-28 | DATED
            Sept/Oct                                | 2008-10-15 |            | 2008-10-31 | DATED
            1 April 2008 - 31 March 2010            |            |            | 2010-03-31 | DATED
            22 Sept to 10 Oct 08                    |            |            | 2008-10-10 | DATED
            Q3 2009 – Q1 2010                       |            |            | 2010-03-31 | DATED
            Sept. 08 – Mar. 09                      |            |            | 2009-03-31 | DATED
            """)
    void readsMonthsRangesAndMisspeltMonths(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} on {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Autumn 08                               |            |            | 2008-11-30 | DATED
            Autumn                                  |            |            | 2008-11-30 | DATED
            Autumn                                  | 2008-12-10 |            | 2009-11-30 | DATED
            Fall 2008                               |            |            | 2008-11-30 | DATED
            Spring 09                               |            |            | 2009-05-31 | DATED
            Summer 2008                             |            |            | 2008-08-31 | DATED
            Summer                                  |            |            | 2009-08-31 | DATED
            Winter 2008                             |            |            | 2009-02-28 | DATED
            Winter 2011                             |            |            | 2012-02-29 | DATED
            Winter                                  |            |            | 2009-02-28 | DATED
            Winter                                  | 2009-01-15 |            | 2009-02-28 | DATED
            Q1 2009                                 |            |            | 2009-03-31 | DATED
            Q3 09                                   |            |            | 2009-09-30 | DATED
            Q4                                      |            |            | 2008-12-31 | DATED
            Q3                                      |            |            | 2008-09-30 | DATED
            Q2                                      |            |            | 2009-06-30 | DATED
            H1 2009                                 |            |            | 2009-06-30 | DATED
            H2 08                                   |            |            | 2008-12-31 | DATED
            end of Q3                               |            |            | 2008-09-30 | DATED
            2008-09                                 |            |            | 2009-03-31 | DATED
            2008/2009                               |            |            | 2009-03-31 | DATED
            FY 2008/09                              |            |            | 2009-03-31 | DATED
            financial year 2008/09                  |            |            | 2009-03-31 | DATED
            FY08/09                                 |            |            | 2009-03-31 | DATED
            1999/00                                 |            |            | 2000-03-31 | DATED
            2008 - 2010                             |            |            | 2010-03-31 | DATED
            2008                                    |            |            | 2008-12-31 | DATED
            2009                                    |            |            | 2009-12-31 | DATED
            end of 2009                             |            |            | 2009-12-31 | DATED
            """)
    void readsSeasonsQuartersFinancialAndCalendarYears(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} on {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            this week                               |            |            | 2008-09-05 | DATED
            end of week                             |            |            | 2008-09-05 | DATED
            end of the week                         |            |            | 2008-09-05 | DATED
            this week                               | 2008-09-05 |            | 2008-09-05 | DATED
            this week                               | 2008-09-06 |            | 2008-09-12 | DATED
            next week                               |            |            | 2008-09-12 | DATED
            next week                               | 2008-09-07 |            | 2008-09-12 | DATED
            next week                               | 2008-09-08 |            | 2008-09-19 | DATED
            end of next week                        |            |            | 2008-09-12 | DATED
            Friday                                  |            |            | 2008-09-05 | DATED
            Wednesday                               |            |            | 2008-09-10 | DATED
            next Wed                                |            |            | 2008-09-10 | DATED
            Fri                                     | 2008-09-05 |            | 2008-09-12 | DATED
            tomorrow                                | 2008-12-31 |            | 2009-01-01 | DATED
            in two weeks                            |            |            | 2008-09-17 | DATED
            2 weeks                                 |            |            | 2008-09-17 | DATED
            within 2 weeks                          |            |            | 2008-09-17 | DATED
            in 2 weeks' time                        |            |            | 2008-09-17 | DATED
            in 3 days                               |            |            | 2008-09-06 | DATED
            in 1 month                              |            |            | 2008-10-03 | DATED
            in a month                              |            |            | 2008-10-03 | DATED
            in 1 month                              | 2009-01-31 |            | 2009-02-28 | DATED
            in six months                           |            |            | 2009-03-03 | DATED
            end of month                            | 2009-02-10 |            | 2009-02-28 | DATED
            end of month                            | 2008-02-10 |            | 2008-02-29 | DATED
            end of the month                        |            |            | 2008-09-30 | DATED
            next month                              |            |            | 2008-10-31 | DATED
            end of next month                       |            |            | 2008-10-31 | DATED
            end of next month                       | 2008-12-15 |            | 2009-01-31 | DATED
            this year                               |            |            | 2008-12-31 | DATED
            next year                               |            |            | 2009-12-31 | DATED
            end of quarter                          |            |            | 2008-09-30 | DATED
            next quarter                            |            |            | 2008-12-31 | DATED
            next quarter                            | 2008-11-20 |            | 2009-03-31 | DATED
            """)
    void readsTimescalesRelativeToToday(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            by 22 Oct 08                            |            |            | 2008-10-22 | DATED
            before 22/10/08                         |            |            | 2008-10-22 | DATED
            on 22 Oct                               |            |            | 2008-10-22 | DATED
            due 22 Oct 08                           |            |            | 2008-10-22 | DATED
            due by end of Sept                      |            |            | 2008-09-30 | DATED
            end of Sept 08                          |            |            | 2008-09-30 | DATED
            end Oct 08                              |            |            | 2008-10-31 | DATED
            By the end of the year                  |            |            | 2008-12-31 | DATED
            end of Winter 2008                      |            |            | 2009-02-28 | DATED
            late Nov 08                             |            |            | 2008-11-30 | DATED
            mid Oct 08                              |            |            | 2008-10-15 | DATED
            mid-October 2008                        |            |            | 2008-10-15 | DATED
            early Nov 08                            |            |            | 2008-11-10 | DATED
            w/c 8 Sept 08                           |            |            | 2008-09-14 | DATED
            w/c 8/9/08                              |            |            | 2008-09-14 | DATED
            w/c 1 Sept                              |            |            | 2008-09-07 | DATED
            week commencing 15 Sept                 |            |            | 2008-09-21 | DATED
            w/c Monday                              |            |            | 2008-09-14 | DATED
            mid 2009                                |            |            |            | UNRECOGNISED
            w/c Oct 08                              |            |            |            | UNRECOGNISED
            """)
    void readsPrefixes(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} on {1} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Sept 99                                 |            |            | 1999-09-30 | DATED
            Sept 50                                 |            |            | 2050-09-30 | DATED
            Sept 58                                 |            |            | 2058-09-30 | DATED
            Sept 59                                 |            |            | 1959-09-30 | DATED
            22/10/99                                |            |            | 1999-10-22 | DATED
            Q1 99                                   |            |            | 1999-03-31 | DATED
            Sept 99                                 | 2050-01-01 |            | 2099-09-30 | DATED
            """)
    void readsTwoDigitYearsAs20xxUnlessMoreThan50YearsAhead(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            on-going                                |            |            |            | NO_DATE
            Ongoing.                                |            |            |            | NO_DATE
            TBC                                     |            |            |            | NO_DATE
            tba                                     |            |            |            | NO_DATE
            tbd                                     |            |            |            | NO_DATE
            n/a                                     |            |            |            | NO_DATE
            -                                       |            |            |            | NO_DATE
            –                                       |            |            |            | NO_DATE
            "   "                                   |            |            |            | NO_DATE
            tbc (depends on funding)                |            |            |            | NO_DATE
            To be confirmed                         |            |            |            | NO_DATE
            asap                                    |            |            |            | UNRECOGNISED
            when funding allows                     |            |            |            | UNRECOGNISED
            Action Plan 2008/10                     |            |            |            | UNRECOGNISED
            end                                     |            |            |            | UNRECOGNISED
            Q5 2009                                 |            |            |            | UNRECOGNISED
            Friday next week                        |            |            |            | UNRECOGNISED
            """)
    void keepsUndatedAndUnreadableTextWithoutADueDate(
            String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        assertReads(typed, today, nextMeeting, due, kind);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "next meeting", "the next meeting", "Next Mtg.", "at next meeting", "by the next meeting", "NEXT MEETING"})
    void nextMeetingIsDueAtTheNextMeetingWhenItsDateIsKnown(String typed) {
        Timescale known = parser.parse(typed, MEETING_DAY, Optional.of(LocalDate.of(2008, 10, 1)));
        Timescale unknown = parser.parse(typed, MEETING_DAY, Optional.empty());

        assertThat(known.kind()).isEqualTo(Kind.NEXT_MEETING);
        assertThat(known.due()).contains(LocalDate.of(2008, 10, 1));
        assertThat(known.hasDueDate()).isTrue();
        assertThat(unknown.kind()).isEqualTo(Kind.NEXT_MEETING);
        assertThat(unknown.due()).isEmpty();
        assertThat(unknown.hasDueDate()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "  August 2008 – April 2009 (for Year 3)  ", "SEPT/oct   08.", "tbc (depends on funding)",
            "\tWed 22 Oct 08\n", "when funding allows", "Next Mtg.", ""})
    void keepsTheTextExactlyAsTyped(String typed) {
        assertThat(parser.parse(typed, MEETING_DAY, Optional.empty()).text()).isEqualTo(typed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "32/13/2008", "31/02/09", "29/02/2009", "00/10/2008", "31/04/2008", "2008-13-01", "13/2008",
            "22/10", "31 Feb 2009", "30 Feb", "0 Oct 08", "2008/07", "by 31/02/09", " 31/02/09 (for Year 3) "})
    void refusesDatesThatCannotBeRealAndNamesTheText(String typed) {
        assertThatThrownBy(() -> parser.parse(typed, MEETING_DAY, Optional.empty()))
                .isInstanceOf(InvalidTimescale.class)
                .hasMessageContaining(typed.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/09   | 31/02/09 is not a real date: February 2009 has 28 days
            29/02/2009 | 29/02/2009 is not a real date: February 2009 has 28 days
            31/04/2008 | 31/04/2008 is not a real date: April 2008 has 30 days
            32/13/2008 | 32/13/2008 is not a real date: there is no month 13
            00/10/2008 | 00/10/2008 is not a real date: there is no day 0
            13/2008    | 13/2008 is not a real date: there is no month 13
            22/10      | 22/10 is not a real date: there is no month 22 (for a day, give the year too, e.g. 22/10/2008)
            30 Feb     | 30 Feb is not a real date: there is no 30 February
            2008/07    | 2008/07 is not a real financial year: it must end in a later year than it begins
            """)
    void saysWhatIsWrongWithADateThatCannotBeReal(String typed, String message) {
        assertThatThrownBy(() -> parser.parse(typed, MEETING_DAY, Optional.empty()))
                .isInstanceOf(InvalidTimescale.class)
                .hasMessage(message);
    }

    @Test
    void aLongPasteIsKeptAsTextAndReadQuickly() {
        String pasted = "Sept 08 - ".repeat(400) + "(".repeat(2000) + "by the ".repeat(300);

        Timescale timescale = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> parser.parse(pasted, MEETING_DAY, Optional.empty()));

        assertThat(timescale.kind()).isEqualTo(Kind.UNRECOGNISED);
        assertThat(timescale.text()).isEqualTo(pasted);
    }

    @Test
    void aTimescaleKnowsWhetherItHasADueDate() {
        assertThat(parser.parse("Sept 08", MEETING_DAY, Optional.empty()).hasDueDate()).isTrue();
        assertThat(parser.parse("ongoing", MEETING_DAY, Optional.empty()).hasDueDate()).isFalse();
        assertThat(parser.parse("asap", MEETING_DAY, Optional.empty()).hasDueDate()).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "in 2 weeks, true", "next week, true", "Friday, true", "tomorrow, true", "22 Oct, true", "end of month, true",
            "Sept 08, false", "22 Oct 08, false", "April 2008 – March 2010, false", "2008/09, false",
            "ongoing, false", "next meeting, false", "asap, false", "31 February 2009, false",
    })
    void knowsWhetherATimescalesDateDependsOnTheDayItWasTyped(String typed, boolean depends) {
        assertThat(parser.dependsOnTheDay(typed)).isEqualTo(depends);
    }

    @Test
    void aDatedTimescaleCannotBeMadeWithoutADueDate() {
        assertThatThrownBy(() -> new Timescale("Sept 08", Optional.empty(), Kind.DATED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Timescale("tbc", Optional.of(MEETING_DAY), Kind.NO_DATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertReads(String typed, LocalDate today, LocalDate nextMeeting, LocalDate due, Kind kind) {
        LocalDate day = today == null ? MEETING_DAY : today;
        Timescale timescale = parser.parse(typed, day, Optional.ofNullable(nextMeeting));

        assertThat(timescale.due()).as("due date of \"%s\"", typed).isEqualTo(Optional.ofNullable(due));
        assertThat(timescale.kind()).as("kind of \"%s\"", typed).isEqualTo(kind);
        assertThat(timescale.text()).isEqualTo(typed);
    }
}
