package org.themebot.slack.plans;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.themebot.commands.CommandError;
import org.themebot.commands.SlackText;
import org.themebot.commands.TextLimits;
import org.themebot.commands.WhoParser;
import org.themebot.people.Who;
import org.themebot.plans.InvalidPlan;
import org.themebot.plans.PlanDraft;
import org.themebot.plans.PlanItem;

/**
 * The form for an objective in the five columns of the 2008/10 plan — /plan add with no text, and
 * /plan edit filled in with what is there. Lists (methodology, measurables) are one entry a line.
 * The channel, and for an edit the objective, ride in private_metadata signed for the person the
 * form was opened for, since a submission does not say where it came from.
 */
final class PlanModal {

    static final String ADD = "plan_add";
    static final String EDIT = "plan_edit";
    static final String OBJECTIVE = "objective";
    static final String METHODOLOGY = "methodology";
    static final String TIMESCALE = "timescale";
    static final String LEAD_USER = "lead_user";
    static final String LEAD_NAME = "lead_name";
    static final String MEASURABLES = "measurables";
    /** Slack's longest plain-text input. */
    private static final int MAX_INPUT = 3000;

    private PlanModal() {
    }

    /** Where the form was opened: its channel and, for an edit, the objective's number. */
    record Target(String channelId, Optional<Integer> number) {

        /** As private_metadata carries it before signing: "C123" or "C123/2". */
        String value() {
            return channelId + number.map(n -> "/" + n).orElse("");
        }

        static Target of(String value) {
            int slash = value.indexOf('/');
            return slash < 0 ? new Target(value, Optional.empty())
                    : new Target(value.substring(0, slash), Optional.of(Integer.valueOf(value.substring(slash + 1))));
        }
    }

    /** The form, empty for a new objective or filled with {@code item}'s columns to edit it. */
    static View view(String signedTarget, Optional<PlanItem> item) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(OBJECTIVE).label(plainText("Action (the objective)"))
                .element(plainTextInput(e -> e.actionId(OBJECTIVE).multiline(true).maxLength(TextLimits.ACTION_TEXT)
                        .initialValue(item.map(PlanItem::objective).orElse(null))))));
        blocks.add(input(i -> i.blockId(METHODOLOGY).label(plainText("Methodology")).optional(true)
                .hint(plainText("One step a line"))
                .element(plainTextInput(e -> e.actionId(METHODOLOGY).multiline(true).maxLength(MAX_INPUT)
                        .initialValue(item.map(it -> lines(it.methodology())).orElse(null))))));
        blocks.add(input(i -> i.blockId(TIMESCALE).label(plainText("Timescale")).optional(true)
                .hint(plainText("As the plan writes it: April 2008 – March 2010, August 2008 – April 2009 (for Year 3), 2008/10"))
                .element(plainTextInput(e -> e.actionId(TIMESCALE).maxLength(200)
                        .initialValue(item.map(it -> it.timescale().text()).filter(t -> !t.isEmpty()).orElse(null))))));
        Optional<Who> lead = item.flatMap(PlanItem::lead);
        blocks.add(input(i -> i.blockId(LEAD_USER).label(plainText("Lead member (in Slack)")).optional(true)
                .element(usersSelect(e -> e.actionId(LEAD_USER).placeholder(plainText("Choose a person"))
                        .initialUser(lead.filter(Who.SlackUser.class::isInstance).map(Who::value).orElse(null))))));
        blocks.add(input(i -> i.blockId(LEAD_NAME).label(plainText("…or lead member (outside Slack)")).optional(true)
                .hint(plainText("A name as written, e.g. Cllr Kevin Foster"))
                .element(plainTextInput(e -> e.actionId(LEAD_NAME).maxLength(200)
                        .initialValue(lead.filter(who -> !(who instanceof Who.SlackUser)).map(Who::value).orElse(null))))));
        blocks.add(input(i -> i.blockId(MEASURABLES).label(plainText("Measurables / Outputs")).optional(true)
                .hint(plainText("One a line; a measurable whose words stay the same keeps its tick"))
                .element(plainTextInput(e -> e.actionId(MEASURABLES).multiline(true).maxLength(MAX_INPUT)
                        .initialValue(item.map(it -> lines(it.measurables().stream().map(PlanItem.Measurable::text)
                                .toList())).orElse(null))))));
        String title = item.map(it -> "Edit " + it.ref()).orElse("New objective");
        return Views.view(v -> v.type("modal").callbackId(item.isPresent() ? EDIT : ADD).privateMetadata(signedTarget)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** What was entered, as plain text (form input is not escaped as command text is). */
    static PlanDraft draft(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of()
                : state.getValues();
        List<Who> lead = new ArrayList<>();
        value(values, LEAD_USER).map(ViewState.Value::getSelectedUser).ifPresent(id -> lead.add(new Who.SlackUser(id)));
        lead.addAll(WhoParser.parse(SlackText.escape(text(values, LEAD_NAME))));
        return new PlanDraft(text(values, OBJECTIVE), List.of(text(values, METHODOLOGY).split("\\R")),
                text(values, TIMESCALE), lead, List.of(text(values, MEASURABLES).split("\\R")));
    }

    /** The error shown in the form, beside the field it is about (the objective's, when it is about none). */
    static Map<String, String> errors(CommandError error) {
        String block = error instanceof InvalidPlan invalid ? switch (invalid.field()) {
            case OBJECTIVE -> OBJECTIVE;
            case METHODOLOGY -> METHODOLOGY;
            case TIMESCALE -> TIMESCALE;
            case LEAD -> LEAD_NAME;
            case MEASURABLES -> MEASURABLES;
        } : OBJECTIVE;
        return Map.of(block, error.getMessage());
    }

    private static String lines(List<String> entries) {
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(actions -> actions.get(block));
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return value(values, block).map(ViewState.Value::getValue).orElse("");
    }
}
