package org.themebot.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '→', textBlock = """
            kevin@example.org                    → kevin@example.org
            '  kevin.foster@Torbay.GOV.uk '      → kevin.foster@torbay.gov.uk
            Kevin.Foster+themes@example.org      → Kevin.Foster+themes@example.org
            o'brien@example.co.uk                → o'brien@example.co.uk
            jim@xn--bcher-kva.example            → jim@xn--bcher-kva.example
            a@b-c.example.org                    → a@b-c.example.org
            """)
    void plainAddressesAreTakenWithTheirDomainInLowerCase(String typed, String stored) {
        assertThat(EmailAddress.parse(typed).value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "", "kevin", "kevin@", "@example.org", "kevin@example", "kevin@@example.org", "kevin foster@example.org",
        "Kevin <kevin@example.org>", "kevin@example.org, jim@example.org", "\"kevin\"@example.org",
        "kevin@[192.0.2.1]", "kevin@-example.org", "kevin@example..org", "kevin@example.o", "kevin@example.org.",
        "kevin@example.123", "kévin@example.org", "kevin@bücher.example", "kevin@example.org\r\nBcc: x@example.org",
        "kevin@exa_mple.org", "mailto:kevin@example.org"})
    void anythingElseIsRefusedWithAReason(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }

    @Test
    void overlongAddressesAreRefused() {
        String longLocalPart = "k".repeat(65) + "@example.org";
        String longAddress = "k@" + ("a".repeat(50) + ".").repeat(5) + "org";

        assertThat(longAddress).hasSizeGreaterThan(254);
        assertThatThrownBy(() -> EmailAddress.parse(longLocalPart)).hasMessageContaining("before @");
        assertThatThrownBy(() -> EmailAddress.parse(longAddress)).hasMessageContaining("254");
    }
}
