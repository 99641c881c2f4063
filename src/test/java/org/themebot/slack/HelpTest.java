package org.themebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.SectionBlock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A command's help never loses a subcommand to Slack's 3,000 characters a section. */
class HelpTest {

    @Test
    void aLongTableIsSplitBetweenSubcommandsIntoSectionsSlackTakes() {
        Subcommand[] many = IntStream.rangeClosed(1, 40).mapToObj(i -> Subcommand.reads("sub" + i,
                "/long sub" + i + " <what it needs, described at some length>",
                "does thing number " + i + " for the group, which takes a sentence to explain", request -> Reply.NOTHING)
                .examples("/long sub" + i + " an example")).toArray(Subcommand[]::new);
        CommandTable table = CommandTable.of("/long", "a command with many subcommands", many);

        for (SlackMessage help : List.of(Help.forTable(table), Help.all(List.of(table)))) {
            List<String> sections = help.blocks().stream().filter(SectionBlock.class::isInstance)
                    .map(b -> ((SectionBlock) b).getText().getText()).toList();
            assertThat(sections).hasSizeGreaterThan(1).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(3000))
                    .noneSatisfy(text -> assertThat(text).endsWith("…"));
            String all = String.join("\n", sections);
            IntStream.rangeClosed(1, 40).forEach(i -> assertThat(all).contains("*sub" + i + "* — does thing number " + i + " "));
        }
    }
}
