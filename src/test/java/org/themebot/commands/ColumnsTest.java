package org.themebot.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnsTest {

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of("Draft terms of reference", List.of("Draft terms of reference")),
                Arguments.of("", List.of("")),
                Arguments.of("Draft report | Sue Bent | Sept 08", List.of("Draft report", "Sue Bent", "Sept 08")),
                Arguments.of("  Draft report|Sue Bent|Sept 08  ", List.of("Draft report", "Sue Bent", "Sept 08")),
                Arguments.of("Draft report | Sue Bent", List.of("Draft report", "Sue Bent")),
                Arguments.of("Draft report |", List.of("Draft report", "")),
                Arguments.of("Draft report || Oct 08", List.of("Draft report", "", "Oct 08")),
                // the | of a mention, a channel or a link belongs to it, not to the grammar
                Arguments.of("Call <@U01SUEBENT|sue.bent> | <@U01SUEBENT|sue.bent>/ Debbie Briggs | Sept 08",
                        List.of("Call <@U01SUEBENT|sue.bent>", "<@U01SUEBENT|sue.bent>/ Debbie Briggs", "Sept 08")),
                Arguments.of("Post in <#C1|general> | ALL", List.of("Post in <#C1|general>", "ALL")),
                Arguments.of("Read <https://x.org|label> | ALL | Oct 08",
                        List.of("Read <https://x.org|label>", "ALL", "Oct 08")),
                Arguments.of("<@U1|a>|<@U2|b>", List.of("<@U1|a>", "<@U2|b>")),
                // an escaped < is text, so it opens nothing
                Arguments.of("a &lt; b | c &gt; d", List.of("a &lt; b", "c &gt; d")),
                Arguments.of("a | b | c | d", List.of("a", "b", "c", "d")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("columns")
    void splitsOnBarsOutsideEntities(String escaped, List<String> expected) {
        assertThat(Columns.split(escaped)).containsExactlyElementsOf(expected);
    }
}
