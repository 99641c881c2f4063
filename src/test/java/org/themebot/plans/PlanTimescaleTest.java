package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.timescale.InvalidTimescale;

/** Plan timescales end where action timescales do, and keep where they start. */
class PlanTimescaleTest {

    private static final LocalDate TODAY = LocalDate.of(2008, 3, 12);
    private static final Optional<LocalDate> NEXT_MEETING = Optional.of(LocalDate.of(2008, 4, 23));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "April 2008 – March 2010; 2008-04-01; 2010-03-31",
            "July 2008- March 2010; 2008-07-01; 2010-03-31",
            "August 2008 – April 2009 (for Year 3); 2008-08-01; 2009-04-30",
            "1 April 2008 - 31 March 2010; 2008-04-01; 2010-03-31",
            "2008/10; 2008-04-01; 2010-03-31",
            "2008/09; 2008-04-01; 2009-03-31",
            "Sept 08; 2008-09-01; 2008-09-30",
            "Sept/Oct 08; 2008-09-01; 2008-10-31",
            "Q3 2009; 2009-07-01; 2009-09-30",
            "Autumn 2008; 2008-09-01; 2008-11-30",
            "22 Oct 08; 2008-10-22; 2008-10-22",
            "end of 2008; 2008-01-01; 2008-12-31",
            "mid Oct 08; 2008-10-01; 2008-10-15",
            "w/c 1 Sept 08; 2008-09-01; 2008-09-07",
            "next meeting; 2008-04-23; 2008-04-23",
            "ongoing; -; -",
            "when funding allows; -; -",
            "mid 2008; -; -",
    })
    void aRangeKeepsItsStartAndEndsWhereAnActionTimescaleWould(String typed, LocalDate start, LocalDate end) {
        PlanTimescale timescale = PlanTimescale.read(typed, TODAY, NEXT_MEETING);

        assertThat(timescale.text()).isEqualTo(typed);
        assertThat(timescale.start()).isEqualTo(Optional.ofNullable(start));
        assertThat(timescale.end()).isEqualTo(Optional.ofNullable(end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"31/02/09", "2009/08"})
    void aDateThatCannotExistIsRefused(String typed) {
        assertThatThrownBy(() -> PlanTimescale.read(typed, TODAY, NEXT_MEETING))
                .isInstanceOf(InvalidTimescale.class)
                .hasMessageContaining(typed);
    }
}
