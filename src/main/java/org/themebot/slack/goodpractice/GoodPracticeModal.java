package org.themebot.slack.goodpractice;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.multiStaticSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.urlTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.commands.CommandError;
import org.themebot.goodpractice.Draft;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.InvalidSubmission;
import org.themebot.slack.BlockLimits;

/**
 * The modal /goodpractice submit opens with no text: one input per part of a submission, the
 * group's strands and principles to choose from. The channel rides in private_metadata, since a
 * view submission does not say where the modal was opened.
 */
final class GoodPracticeModal {

    static final String CALLBACK_ID = "goodpractice_submit";
    /** Slack cuts an option's text at 75 characters. */
    private static final int MAX_OPTION_TEXT = 75;

    /** Each input's block id, which is also its action id, by the part of the submission it holds. */
    private static final Map<InvalidSubmission.Field, String> BLOCKS = Map.of(
            InvalidSubmission.Field.TITLE, "title",
            InvalidSubmission.Field.DESCRIPTION, "description",
            InvalidSubmission.Field.LINK, "link",
            InvalidSubmission.Field.STRANDS, "strands",
            InvalidSubmission.Field.PRINCIPLE, "principle",
            InvalidSubmission.Field.ON_BEHALF_OF, "on_behalf_of");

    private GoodPracticeModal() {
    }

    static View view(GoodPracticeService.Form form, String signedChannel) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.TITLE)).label(plainText("Title"))
                .element(plainTextInput(e -> e.actionId(block(InvalidSubmission.Field.TITLE)).maxLength(300)))));
        blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.DESCRIPTION)).label(plainText("Description"))
                .optional(true).element(plainTextInput(e -> e.actionId(block(InvalidSubmission.Field.DESCRIPTION))
                        .multiline(true).maxLength(3000)))));
        blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.LINK)).label(plainText("Link")).optional(true)
                .element(urlTextInput(e -> e.actionId(block(InvalidSubmission.Field.LINK))))));
        blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.STRANDS)).label(plainText("Equality strands"))
                .optional(true).element(multiStaticSelect(e -> e.actionId(block(InvalidSubmission.Field.STRANDS))
                        .placeholder(plainText("Which strands it concerns"))
                        .options(options(form.settings().strands().names()))))));
        List<String> principles = form.settings().principles();
        if (!principles.isEmpty()) { // Slack refuses a select with no options
            blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.PRINCIPLE)).label(plainText("Guiding principle"))
                    .optional(true).element(staticSelect(e -> e.actionId(block(InvalidSubmission.Field.PRINCIPLE))
                            .placeholder(plainText("The principle it illustrates")).options(options(principles))))));
        }
        blocks.add(input(i -> i.blockId(block(InvalidSubmission.Field.ON_BEHALF_OF)).label(plainText("On behalf of"))
                .optional(true).hint(plainText("Someone outside Slack who sent it in"))
                .element(plainTextInput(e -> e.actionId(block(InvalidSubmission.Field.ON_BEHALF_OF)).maxLength(200)))));
        return Views.view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(signedChannel)
                .title(viewTitle(t -> t.type("plain_text").text("Good practice")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Submit")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** What was entered, as plain text (modal input is not escaped as command text is). */
    static Draft draft(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of()
                : state.getValues();
        return new Draft(text(values, InvalidSubmission.Field.TITLE), text(values, InvalidSubmission.Field.DESCRIPTION),
                text(values, InvalidSubmission.Field.LINK),
                value(values, InvalidSubmission.Field.STRANDS).map(ViewState.Value::getSelectedOptions).orElse(List.of())
                        .stream().map(ViewState.SelectedOption::getValue).collect(Collectors.joining(", ")),
                value(values, InvalidSubmission.Field.PRINCIPLE).map(ViewState.Value::getSelectedOption)
                        .map(ViewState.SelectedOption::getValue).orElse(""),
                text(values, InvalidSubmission.Field.ON_BEHALF_OF));
    }

    /** The error shown in the modal, beside the input it is about (the title's, when it is about none). */
    static Map<String, String> errors(CommandError error) {
        InvalidSubmission.Field field = error instanceof InvalidSubmission invalid ? invalid.field()
                : InvalidSubmission.Field.TITLE;
        return Map.of(block(field), error.getMessage());
    }

    private static String block(InvalidSubmission.Field field) {
        return BLOCKS.get(field);
    }

    private static List<OptionObject> options(List<String> names) {
        return names.stream().map(name -> option(plainText(BlockLimits.fit(name, MAX_OPTION_TEXT)), name)).toList();
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values,
                                                   InvalidSubmission.Field field) {
        return Optional.ofNullable(values.get(block(field))).map(actions -> actions.get(block(field)));
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, InvalidSubmission.Field field) {
        return value(values, field).map(ViewState.Value::getValue).orElse("");
    }
}
