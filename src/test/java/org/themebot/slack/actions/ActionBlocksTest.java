package org.themebot.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The small pieces of an action's line that the golden tests do not reach one by one. */
class ActionBlocksTest {

    @Test
    void daysAreCountedWithTheUnitAndThousandsCommas() {
        assertThat(ActionBlocks.days(1)).isEqualTo("1 day");
        assertThat(ActionBlocks.days(0)).isEqualTo("0 days");
        assertThat(ActionBlocks.days(999)).isEqualTo("999 days");
        assertThat(ActionBlocks.days(6636)).isEqualTo("6,636 days");
        assertThat(ActionBlocks.days(-1200)).isEqualTo("-1,200 days");
    }

    @Test
    void commasAreWhereTheUkFormatterPutsThem() {
        LongStream.concat(LongStream.rangeClosed(-12_000, 12_000),
                        LongStream.of(99_999, 100_000, 999_999, 1_000_000, -1_000_000, Long.MAX_VALUE, Long.MIN_VALUE))
                .forEach(n -> assertThat(ActionBlocks.withThousandsCommas(n)).as("%d", n)
                        .isEqualTo(String.format(Locale.UK, "%,d", n)));
    }
}
