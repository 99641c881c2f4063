package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class IsoTextTest {

    @Test
    void readsTheFixedWidthTextThemebotWritesAsTheGeneralParserDoes() {
        for (String text : new String[] {"2008-09-03T14:30:00.000Z", "2026-12-31T23:59:59.999Z", "1970-01-01T00:00:00.001Z",
                "2024-02-29T12:00:00.500Z"}) {
            assertThat(IsoText.instant(text)).isEqualTo(Instant.parse(text));
        }
        assertThat(IsoText.date("2008-09-03")).isEqualTo(LocalDate.of(2008, 9, 3));
        assertThat(IsoText.date("2024-02-29")).isEqualTo(LocalDate.parse("2024-02-29"));
    }

    @Test
    void otherIsoTextGoesToTheGeneralParser() {
        assertThat(IsoText.instant("2008-09-03T14:30:00Z")).isEqualTo(Instant.parse("2008-09-03T14:30:00Z"));
        assertThat(IsoText.instant("2008-09-03T14:30:00.123456Z")).isEqualTo(Instant.parse("2008-09-03T14:30:00.123456Z"));
    }

    @Test
    void malformedTextIsRefusedNotMisread() {
        assertThatThrownBy(() -> IsoText.instant("2008-09-03T14:3x:00.000Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoText.instant("2008-13-03T14:30:00.000Z")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> IsoText.date("2008-02-30")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> IsoText.date("20080-2-30")).isInstanceOf(DateTimeParseException.class);
    }
}
