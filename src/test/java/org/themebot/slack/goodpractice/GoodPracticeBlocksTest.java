package org.themebot.slack.goodpractice;

import org.themebot.slack.BlockLimits;
import org.themebot.slack.SlackMessage;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.themebot.commands.CommandError;
import org.themebot.goodpractice.Draft;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettings;
import org.themebot.goodpractice.Strands;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;

class GoodPracticeBlocksTest {

    private static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "E&CC Theme Group", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of(), Instant.EPOCH);
    private static final Names NAMES = id -> "Balbir Sohal";

    private static Submission submission(int number, List<String> strands) {
        return new Submission(number, 1, number, "Example <" + number + "> & more", "", "", strands, Optional.empty(),
                "U0BALBIR", Optional.empty(), SubmissionStatus.SUBMITTED, Optional.empty(), Instant.EPOCH);
    }

    @Test
    void aLongListStaysWithinSlacksBlocksAndStillEndsWithTheCountPerStrand() {
        List<Submission> many = IntStream.rangeClosed(1, 120).mapToObj(n -> submission(n, List.of("race"))).toList();

        SlackMessage message = GoodPracticeBlocks.list(new GoodPracticeService.Listed(GROUP, "All good practice", many,
                Strands.statutory()), NAMES);

        assertThat(message.blocks()).hasSize(BlockLimits.MAX_BLOCKS);
        assertThat(((SectionBlock) message.blocks().get(1)).getText().getText()).startsWith("*G1* Example &lt;1&gt; &amp; more");
        assertThat(lastLine(message)).isEqualTo("…and 72 more.\n"
                + "race 120 · disability 0 · gender 0 · age 0 · religion or belief 0 · sexual orientation 0");
    }

    @Test
    void anEmptyListSaysHowToSubmitAndCountsZeros() {
        SlackMessage message = GoodPracticeBlocks.list(new GoodPracticeService.Listed(GROUP, "New good practice",
                List.of(), Strands.statutory()), NAMES);

        assertThat(message.blocks()).hasSize(2);
        assertThat(lastLine(message)).startsWith("Nothing here.").endsWith("religion or belief 0 · sexual orientation 0");
    }

    private static String lastLine(SlackMessage message) {
        ContextBlock last = (ContextBlock) message.blocks().get(message.blocks().size() - 1);
        return ((MarkdownTextObject) last.getElements().get(0)).getText();
    }

    @Test
    void theModalOffersTheGroupsStrandsAndOnlyOffersPrinciplesItHas() {
        View withPrinciples = GoodPracticeModal.view(new GoodPracticeService.Form(GROUP,
                new GoodPracticeSettings(Strands.statutory(), List.of("Fairness"))), "C1~signed");
        View without = GoodPracticeModal.view(new GoodPracticeService.Form(GROUP,
                new GoodPracticeSettings(Strands.statutory(), List.of())), "C1~signed");

        assertThat(withPrinciples.getPrivateMetadata()).isEqualTo("C1~signed");
        assertThat(withPrinciples.getBlocks()).extracting(b -> b.getBlockId())
                .containsExactly("title", "description", "link", "strands", "principle", "on_behalf_of");
        assertThat(without.getBlocks()).extracting(b -> b.getBlockId())
                .containsExactly("title", "description", "link", "strands", "on_behalf_of");
        assertThat(SlackMessage.GSON.toJson(withPrinciples)).contains("\"value\":\"religion or belief\"", "Fairness");
    }

    @Test
    void theModalsStateIsReadAsPlainTextAndItsErrorsGoBesideTheirField() {
        ViewState state = SlackMessage.GSON.fromJson("""
                {"values": {
                  "title": {"title": {"type": "plain_text_input", "value": "E&CC <draft>"}},
                  "description": {"description": {"type": "plain_text_input", "value": null}},
                  "strands": {"strands": {"type": "multi_static_select",
                      "selected_options": [{"value": "race"}, {"value": "age"}]}},
                  "principle": {"principle": {"type": "static_select", "selected_option": {"value": "Fairness"}}}
                }}""", ViewState.class);

        assertThat(GoodPracticeModal.draft(state)).isEqualTo(new Draft("E&CC <draft>", "", "", "race, age", "Fairness", ""));
        assertThat(GoodPracticeModal.errors(new CommandError("This channel has no theme group yet.", "")))
                .isEqualTo(Map.of("title", "This channel has no theme group yet."));
    }
}
