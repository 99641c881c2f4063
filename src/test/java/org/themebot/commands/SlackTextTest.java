package org.themebot.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            Draft terms of reference                 → Draft terms of reference
            E&amp;CC Theme Group                     → E&CC Theme Group
            a &lt;b&gt; c                            → a <b> c
            &amp;lt;                                 → &lt;
            &amp;amp;                                → &amp;
            <@U01SUEBENT|sue.bent>                   → @sue.bent
            <@U01SUEBENT>                            → @U01SUEBENT
            ask <@U1|sue> and <@U2|deb>              → ask @sue and @deb
            <#C1|general>                            → #general
            <#C1>                                    → #C1
            <https://x.org|x.org>                    → https://x.org
            <https://x.org|label>                    → label (https://x.org)
            <https://x.org>                          → https://x.org
            see <https://x.org/?a=1&amp;b=2|x.org>   → see https://x.org/?a=1&b=2
            <!here>                                  → @here
            <!channel>                               → @channel
            <!subteam^S1|@equalities>                → @equalities
            """)
    void turnsEscapedTextIntoPlainText(String escaped, String plain) {
        assertThat(SlackText.plain(escaped)).isEqualTo(plain);
    }
}
