package org.themebot.slack.goodpractice;

import static org.themebot.slack.BlockFixtures.G1;
import static org.themebot.slack.BlockFixtures.G2;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.JUNE;
import static org.themebot.slack.BlockFixtures.NAMES;
import static org.themebot.slack.BlockFixtures.SUE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettings;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.goodpractice.Strands;
import org.themebot.slack.Golden;

/** Every good-practice message and the submission form, as JSON, against src/test/resources/golden/goodpractice/. */
class GoodPracticeGoldenTest {

    static final GoodPracticeSettings SETTINGS = new GoodPracticeSettings(Strands.of(List.of("race", "disability",
            "religion or belief", "gypsy/travellers")), List.of("Fairness", "Inclusion & respect"));

    @TestFactory
    Stream<DynamicTest> messages() {
        return Stream.of(
                Golden.message("goodpractice/submitted", () -> GoodPracticeBlocks.submitted(
                        new GoodPracticeService.Changed(GROUP, G1), NAMES)),
                Golden.message("goodpractice/submitted-on-behalf", () -> GoodPracticeBlocks.submitted(
                        new GoodPracticeService.Changed(GROUP, G2), NAMES)),
                Golden.message("goodpractice/tabled", () -> GoodPracticeBlocks.tabled(
                        new GoodPracticeService.Changed(GROUP, G2), SUE, NAMES)),
                Golden.message("goodpractice/withdrawn", () -> GoodPracticeBlocks.withdrawn(
                        new GoodPracticeService.Changed(GROUP, G1), JUNE, NAMES)),
                Golden.message("goodpractice/list", () -> GoodPracticeBlocks.list(new GoodPracticeService.Listed(GROUP,
                        "New and tabled good practice", List.of(G1, G2), SETTINGS.strands()), NAMES)),
                Golden.message("goodpractice/list-empty", () -> GoodPracticeBlocks.list(new GoodPracticeService.Listed(
                        GROUP, "Tabled good practice", List.of(), Strands.statutory()), NAMES)),
                Golden.message("goodpractice/shown", () -> GoodPracticeBlocks.shown(
                        new GoodPracticeService.Changed(GROUP, G1), NAMES)),
                Golden.message("goodpractice/shown-tabled", () -> GoodPracticeBlocks.shown(
                        new GoodPracticeService.Changed(GROUP, G2), NAMES)),
                Golden.message("goodpractice/settings-changed", () -> GoodPracticeBlocks.settingsChanged(
                        new GoodPracticeSettingsService.Changed(GROUP, SETTINGS))));
    }

    @TestFactory
    Stream<DynamicTest> forms() {
        return Stream.of(
                Golden.view("goodpractice/modal", () -> GoodPracticeModal.view(
                        new GoodPracticeService.Form(GROUP, SETTINGS), "C0EQUALITIES~signature")),
                Golden.view("goodpractice/modal-without-principles", () -> GoodPracticeModal.view(
                        new GoodPracticeService.Form(GROUP, new GoodPracticeSettings(Strands.statutory(), List.of())),
                        "C0EQUALITIES~signature")));
    }
}
