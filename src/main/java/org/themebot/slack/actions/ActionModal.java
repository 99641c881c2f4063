package org.themebot.slack.actions;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.multiUsersSelect;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.themebot.actions.ActionDraft;
import org.themebot.actions.InvalidAction;
import org.themebot.commands.CommandError;
import org.themebot.commands.SlackText;
import org.themebot.commands.TextLimits;
import org.themebot.commands.WhoParser;
import org.themebot.meetings.AgendaItem;
import org.themebot.meetings.MeetingService;
import org.themebot.people.Who;
import org.themebot.plans.PlanItem;
import org.themebot.slack.BlockLimits;

/**
 * The modal for a new action (/action add with no text, or the "Record as action" shortcut):
 * text, owners in Slack and outside it, ALL, a timescale as written or a date, the agenda
 * item when a meeting is open, and (for chairs and secretaries) the plan objective it serves. The channel rides in private_metadata, since a view submission
 * does not say where the modal was opened; it is signed for the person it was opened for
 * ({@code SignedMetadata}), so a forged submission cannot name another channel.
 */
final class ActionModal {

    static final String CALLBACK_ID = "action_add";
    static final String TEXT = "text";
    static final String USERS = "users";
    static final String NAMES = "names";
    static final String ALL = "all";
    static final String TIMESCALE = "timescale";
    static final String DATE = "date";
    static final String ITEM = "item";
    static final String PLAN = "plan";
    /** A picked date becomes the timescale as a secretary would write it. */
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Slack cuts an option's text at 75 characters. */
    private static final int MAX_OPTION_TEXT = 75;

    private ActionModal() {
    }

    static View view(String signedChannel, String prefilledText, Optional<MeetingService.OpenAgenda> agenda,
                     List<PlanItem> objectives) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String initial = BlockLimits.fit(prefilledText, TextLimits.ACTION_TEXT);
        blocks.add(input(i -> i.blockId(TEXT).label(plainText("Action"))
                .element(plainTextInput(e -> e.actionId(TEXT).multiline(true).maxLength(TextLimits.ACTION_TEXT)
                        .initialValue(initial.isBlank() ? null : initial)))));
        blocks.add(input(i -> i.blockId(USERS).label(plainText("Who (in Slack)")).optional(true)
                .element(multiUsersSelect(e -> e.actionId(USERS).placeholder(plainText("Choose people"))))));
        blocks.add(input(i -> i.blockId(NAMES).label(plainText("Who (outside Slack)")).optional(true)
                .hint(plainText("Names separated by , / or \"and\", e.g. Cllr Kevin Foster"))
                .element(plainTextInput(e -> e.actionId(NAMES).maxLength(500)))));
        blocks.add(input(i -> i.blockId(ALL).label(plainText("Everyone")).optional(true)
                .element(checkboxes(e -> e.actionId(ALL).options(List.of(
                        option(plainText("ALL — every member of the group"), "ALL")))))));
        blocks.add(input(i -> i.blockId(TIMESCALE).label(plainText("Timescale")).optional(true)
                .hint(plainText("As you would write it: Sept 08, 22 Oct 08, April 2008 – March 2010, next meeting"))
                .element(plainTextInput(e -> e.actionId(TIMESCALE).maxLength(200)))));
        blocks.add(input(i -> i.blockId(DATE).label(plainText("…or a date")).optional(true)
                .element(datePicker(e -> e.actionId(DATE)))));
        agenda.filter(a -> !a.items().isEmpty()).ifPresent(a -> {
            List<OptionObject> items = a.items().stream().map(ActionModal::itemOption).toList();
            OptionObject current = a.current().map(ActionModal::itemOption).orElse(null);
            blocks.add(input(i -> i.blockId(ITEM).label(plainText("Agenda item (meeting " + a.meeting().ref() + ")"))
                    .optional(true).element(staticSelect(e -> e.actionId(ITEM).options(items).initialOption(current)))));
        });
        if (!objectives.isEmpty()) { // Slack refuses a select with no options
            blocks.add(input(i -> i.blockId(PLAN).label(plainText("Serves the plan objective")).optional(true)
                    .element(staticSelect(e -> e.actionId(PLAN).options(objectives.stream().map(o -> option(plainText(
                            BlockLimits.fit(o.ref() + " " + o.objective(), MAX_OPTION_TEXT)), Integer.toString(o.number())))
                            .toList())))));
        }
        return Views.view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(signedChannel)
                .title(viewTitle(t -> t.type("plain_text").text("New action")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Record")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** What was entered, as plain text (modal input is not escaped as command text is). */
    static ActionDraft draft(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of()
                : state.getValues();
        List<Who> owners = new ArrayList<>();
        value(values, USERS).map(ViewState.Value::getSelectedUsers).orElse(List.of())
                .forEach(id -> owners.add(new Who.SlackUser(id)));
        owners.addAll(WhoParser.parse(SlackText.escape(text(values, NAMES))));
        boolean everyone = value(values, ALL).map(ViewState.Value::getSelectedOptions).map(o -> !o.isEmpty())
                .orElse(false);
        if (everyone) {
            owners.add(new Who.Everyone());
        }
        String timescale = text(values, TIMESCALE).strip();
        String date = value(values, DATE).map(ViewState.Value::getSelectedDate).orElse(null);
        if (date != null && !timescale.isEmpty()) {
            throw new InvalidDraft(DATE, "Give a timescale or a date, not both.");
        }
        if (date != null) {
            timescale = WRITTEN_DATE.format(LocalDate.parse(date));
        }
        Optional<Long> item = value(values, ITEM).map(ViewState.Value::getSelectedOption)
                .map(o -> Long.parseLong(o.getValue()));
        return new ActionDraft(text(values, TEXT), owners.stream().distinct().toList(), timescale, item, true);
    }

    /** The plan objective chosen, by number, if any. */
    static Optional<Integer> objective(ViewState state) {
        return Optional.ofNullable(state).map(ViewState::getValues).flatMap(values -> value(values, PLAN))
                .map(ViewState.Value::getSelectedOption).map(o -> Integer.valueOf(o.getValue()));
    }

    /** The error shown in the modal, beside the input it is about. */
    static Map<String, String> errors(CommandError error) {
        if (error instanceof InvalidDraft draft) {
            return Map.of(draft.block, draft.getMessage());
        }
        String block = error instanceof InvalidAction invalid ? switch (invalid.field()) {
            case TEXT -> TEXT;
            case OWNERS -> NAMES;
            case TIMESCALE -> TIMESCALE;
        } : TEXT;
        return Map.of(block, error.getMessage());
    }

    /** A problem with the form itself, before the domain sees it. */
    static final class InvalidDraft extends CommandError {
        private final String block;

        InvalidDraft(String block, String problem) {
            super(problem, "");
            this.block = block;
        }
    }

    private static OptionObject itemOption(AgendaItem item) {
        return option(plainText(BlockLimits.fit(item.number() + ". " + item.title(), MAX_OPTION_TEXT)),
                Long.toString(item.id()));
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(actions -> actions.get(block));
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(value(values, block).map(ViewState.Value::getValue).orElse(null)).orElse("");
    }
}
