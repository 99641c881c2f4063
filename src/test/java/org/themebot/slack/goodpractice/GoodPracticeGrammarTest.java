package org.themebot.slack.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.commands.CommandError;
import org.themebot.goodpractice.Draft;

/** The columns of /goodpractice submit, as Slack sends them escaped, read into plain text. */
class GoodPracticeGrammarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "Hate crime reporting in schools ¦ Hate crime reporting in schools ¦ '' ¦ '' ¦ ''",
            "Toolkit | <https://example.org/a?x=1&amp;y=2> ¦ Toolkit ¦ '' ¦ https://example.org/a?x=1&y=2 ¦ ''",
            "Toolkit | <https://example.org/kit|Home Office toolkit> | race ¦ Toolkit ¦ Home Office toolkit ¦ https://example.org/kit ¦ race",
            "Toolkit | <http://example.org|example.org> ¦ Toolkit ¦ '' ¦ http://example.org ¦ ''",
            "Toolkit | https://example.org/x ¦ Toolkit ¦ '' ¦ https://example.org/x ¦ ''",
            "Toolkit | See <https://example.org/x> for more ¦ Toolkit ¦ See https://example.org/x for more ¦ '' ¦ ''",
            "E&amp;CC guide &lt;draft&gt; | Mentoring &amp; more | race, bme ¦ E&CC guide <draft> ¦ Mentoring & more ¦ '' ¦ race, bme",
            "Title |  | sexual ¦ Title ¦ '' ¦ '' ¦ sexual",
            "Café für Älle — 多様性 🌍 | Ünïcödé ¦ Café für Älle — 多様性 🌍 ¦ Ünïcödé ¦ '' ¦ ''",
            "Ask <@U0SUE|sue.bent> | Her notes | age ¦ Ask @sue.bent ¦ Her notes ¦ '' ¦ age",
    })
    void theColumnsAreATitleADescriptionOrLinkAndStrands(String typed, String title, String description, String link,
                                                          String strands) {
        Draft draft = GoodPracticeCommands.draft(typed);

        assertThat(draft).isEqualTo(new Draft(title, description, link, strands, "", ""));
    }

    @Test
    void aFourthColumnIsRefused() {
        assertThatThrownBy(() -> GoodPracticeCommands.draft("Title | text | race | extra")).isInstanceOf(CommandError.class)
                .hasMessageStartingWith("Too many | columns");
    }
}
