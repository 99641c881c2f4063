package org.themebot.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackMailtoTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '→', textBlock = """
            <mailto:kevin@example.org|kevin@example.org>   → kevin@example.org
            '  <mailto:kevin@example.org|Kevin> '          → kevin@example.org
            <MAILTO:kevin@example.org>                     → kevin@example.org
            kevin@example.org                              → kevin@example.org
            <mailto:tom&amp;jerry@example.org|tom&amp;jerry@example.org> → tom&jerry@example.org
            off                                            → off
            """)
    void slacksMailtoLinksGiveBackTheTypedAddress(String escaped, String plain) {
        assertThat(SlackMailto.address(escaped)).isEqualTo(plain);
    }
}
