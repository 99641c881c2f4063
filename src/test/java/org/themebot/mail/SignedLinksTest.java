package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;

class SignedLinksTest {

    private static final Instant NOW = TestClock.start();
    private final TestClock clock = new TestClock(NOW);
    private final SignedLinks links = new SignedLinks("signing-secret", URI.create("https://themebot.example.org/"), clock);

    private static String token(URI link) {
        String path = link.getRawPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String purpose(URI link) {
        String[] parts = link.getRawPath().split("/");
        return parts[parts.length - 2];
    }

    @Test
    void aLinkCarriesOnePurposeOneThingAndOnePersonUntilItExpires() {
        URI done = links.done(12, "Cllr Kevin Foster — ŞΩ");

        assertThat(done.toString()).startsWith("https://themebot.example.org/mail/done/");
        assertThat(links.read(purpose(done), token(done))).isInstanceOfSatisfying(SignedLinks.Reading.Valid.class, v -> {
            assertThat(v.grant().purpose()).isEqualTo(LinkPurpose.DONE);
            assertThat(v.grant().subjectId()).isEqualTo(12);
            assertThat(v.grant().person()).isEqualTo("Cllr Kevin Foster — ŞΩ");
            assertThat(v.grant().expires()).isEqualTo(NOW.plus(Duration.ofDays(30)));
            assertThat(v.grant().linkId()).hasSize(22);
        });
        assertThat(links.read(purpose(links.update(12, "K")), token(links.update(12, "K"))))
                .isInstanceOfSatisfying(SignedLinks.Reading.Valid.class, v -> assertThat(v.grant().purpose()).isEqualTo(LinkPurpose.UPDATE));
        assertThat(links.read(purpose(links.unsubscribe(3, "K")), token(links.unsubscribe(3, "K"))))
                .isInstanceOfSatisfying(SignedLinks.Reading.Valid.class, v -> assertThat(v.grant().subjectId()).isEqualTo(3));
    }

    @Test
    void everyLinkHasItsOwnIdSoEachIsUsedOnItsOwn() {
        assertThat(token(links.done(12, "K"))).isNotEqualTo(token(links.done(12, "K")));
    }

    @Test
    void aTokenIsOnlyGoodForItsOwnPurposeAndKey() {
        URI done = links.done(12, "K");

        assertThat(links.read("update", token(done))).isInstanceOf(SignedLinks.Reading.Forged.class);
        assertThat(links.read("unsubscribe", token(done))).isInstanceOf(SignedLinks.Reading.Forged.class);
        assertThat(new SignedLinks("other-secret", URI.create("https://themebot.example.org"), clock).read("done", token(done)))
                .isInstanceOf(SignedLinks.Reading.Forged.class);
    }

    @Test
    void itExpiresAfterItsValidity() {
        SignedLinks shortLived = new SignedLinks("signing-secret", () -> URI.create("https://themebot.example.org"), clock,
                Duration.ofHours(1));
        URI done = shortLived.done(12, "K");

        clock.advance(Duration.ofMinutes(59));
        assertThat(shortLived.read("done", token(done))).isInstanceOf(SignedLinks.Reading.Valid.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(shortLived.read("done", token(done))).isInstanceOf(SignedLinks.Reading.Expired.class);
    }
}
