package org.themebot.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.people.Who;
import org.themebot.people.Who.Everyone;
import org.themebot.people.Who.Named;
import org.themebot.people.Who.SlackUser;

class WhoParserTest {

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("Balbir Sohal/ Debbie Briggs", List.of(new Named("Balbir Sohal"), new Named("Debbie Briggs"))),
                Arguments.of("<@U01SUEBENT|sue.bent>/ Debbie Briggs",
                        List.of(new SlackUser("U01SUEBENT"), new Named("Debbie Briggs"))),
                Arguments.of("<@U01SUEBENT>", List.of(new SlackUser("U01SUEBENT"))),
                Arguments.of("<@W0ENTERPRISE|ent>", List.of(new SlackUser("W0ENTERPRISE"))),
                // a / or , inside a mention's label splits nothing
                Arguments.of("<@U1|a/b,c>, Sue Bent", List.of(new SlackUser("U1"), new Named("Sue Bent"))),
                Arguments.of("ALL", List.of(new Everyone())),
                Arguments.of("all", List.of(new Everyone())),
                Arguments.of("ALL, Cllr Kevin Foster", List.of(new Everyone(), new Named("Cllr Kevin Foster"))),
                Arguments.of("Sue Bent and Debbie Briggs", List.of(new Named("Sue Bent"), new Named("Debbie Briggs"))),
                Arguments.of("Sue Bent AND Debbie Briggs", List.of(new Named("Sue Bent"), new Named("Debbie Briggs"))),
                Arguments.of("<@U1|sue> and <@U2|deb>", List.of(new SlackUser("U1"), new SlackUser("U2"))),
                Arguments.of("Sue Bent, Debbie Briggs / Balbir Sohal and ALL",
                        List.of(new Named("Sue Bent"), new Named("Debbie Briggs"), new Named("Balbir Sohal"), new Everyone())),
                Arguments.of("Sue Bent &amp; Debbie Briggs", List.of(new Named("Sue Bent"), new Named("Debbie Briggs"))),
                // "and" inside a word is not a separator
                Arguments.of("Sandra Anderson", List.of(new Named("Sandra Anderson"))),
                Arguments.of("Sue Bent, Debbie Briggs, Sue Bent", List.of(new Named("Sue Bent"), new Named("Debbie Briggs"))),
                Arguments.of("<@U1|sue>, <@U1|sue.bent>", List.of(new SlackUser("U1"))),
                Arguments.of("ALL and all", List.of(new Everyone())),
                Arguments.of("Sue Bent/", List.of(new Named("Sue Bent"))),
                Arguments.of("Sue Bent, ", List.of(new Named("Sue Bent"))),
                Arguments.of("Sue Bent.", List.of(new Named("Sue Bent"))),
                Arguments.of("  Sue    Bent  ", List.of(new Named("Sue Bent"))),
                Arguments.of("E&amp;CC Theme Group", List.of(new Named("E&CC Theme Group"))),
                Arguments.of("E&amp;CC/ SPED", List.of(new Named("E&CC"), new Named("SPED"))),
                Arguments.of("", List.of()),
                Arguments.of(" / , ", List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lists")
    void readsWhoLists(String escaped, List<Who> expected) {
        assertThat(WhoParser.parse(escaped)).containsExactlyElementsOf(expected);
    }
}
