package org.themebot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.themebot.actions.ActionService;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.groups.GroupService;
import org.themebot.meetings.MeetingService;
import org.themebot.reminders.ScheduleService;

/** The grammar of every command, as /themebot help shows it. */
final class Help {

    /** Each command with its forms and what they do, in the order help lists them. */
    private static final Map<String, List<String[]>> COMMANDS = forms();

    private static Map<String, List<String[]>> forms() {
        Map<String, List<String[]>> commands = new LinkedHashMap<>();
        commands.put("/action", List.of(
                new String[] {ActionService.ADD_FORM, "record an action (who and timescale are optional; no text opens a form)"},
                new String[] {ActionService.LIST_FORM, "list this group's actions (default: open)"},
                new String[] {ActionService.DONE_FORM, "mark an action done"},
                new String[] {ActionService.UPDATE_FORM, "add a dated progress note to its history"},
                new String[] {ActionService.DUE_FORM, "re-date it: e.g. 22 Oct 08, Sept/Oct 08, Q3 2009, next meeting"},
                new String[] {ActionService.ASSIGN_FORM, "give it to other owners (chairs and secretaries)"},
                new String[] {ActionService.DROP_FORM, "drop it (chairs and secretaries)"},
                new String[] {ActionService.SHOW_FORM, "the action with its whole history"}));
        commands.put("/meeting", List.of(
                new String[] {MeetingService.START_FORM, "open a meeting (chairs and secretaries); shows matters arising"},
                new String[] {MeetingService.PRESENT_FORM, "add to Present"},
                new String[] {MeetingService.APOLOGIES_FORM, "add to Apologies"},
                new String[] {MeetingService.ITEM_FORM, "the next numbered agenda item; later notes and actions go under it"},
                new String[] {MeetingService.NOTE_FORM, "discussion text under the current item"},
                new String[] {MeetingService.NEXT_FORM, "the date of the next meeting"},
                new String[] {MeetingService.END_FORM, "close it, with a summary and export buttons"},
                new String[] {MeetingService.EXPORT_FORM, "upload the action notes (default: docx, latest meeting)"},
                new String[] {MeetingService.LIST_FORM, "this group's meetings"}));
        commands.put("/goodpractice", List.of(
                new String[] {GoodPracticeService.SUBMIT_FORM, "put forward good practice; with no text, a form opens"},
                new String[] {GoodPracticeService.LIST_FORM, "this group's submissions, with a count per strand"},
                new String[] {GoodPracticeService.SHOW_FORM, "one submission in full"},
                new String[] {GoodPracticeService.TABLE_FORM, "put it on the next meeting's agenda (chairs and secretaries)"},
                new String[] {GoodPracticeService.WITHDRAW_FORM, "take it back (whoever submitted it)"},
                new String[] {GoodPracticeService.EXPORT_FORM, "upload a CSV of the submissions, a column per strand"}));
        commands.put("/themegroup", List.of(
                new String[] {GroupService.SETUP_FORM, "bind this channel to a theme group, or change it"},
                new String[] {"/themegroup show", "the group's name, chairs, secretaries and settings"},
                new String[] {GroupService.TIMEZONE_FORM, "the zone due dates and reminders use"},
                new String[] {ScheduleService.REMINDERS_FORM, "when owners are reminded by DM (default 2 days before, 09:00)"},
                new String[] {ScheduleService.DIGEST_FORM, "the chairs' weekly digest; `channel` posts it here too"},
                new String[] {ScheduleService.PROXY_FORM, "a member who gets the reminders of someone outside Slack"},
                new String[] {ScheduleService.ROUNDUP_FORM, "the pre-meeting status round-up (default 3 days before)"},
                new String[] {GoodPracticeSettingsService.STRANDS_FORM, "the equality strands good practice is counted by"},
                new String[] {GoodPracticeSettingsService.PRINCIPLES_FORM, "the group's guiding principles, for good practice"}));
        commands.put("/themebot", List.<String[]>of(
                new String[] {"/themebot help [command]", "this help, or one command's"}));
        return Collections.unmodifiableMap(commands);
    }

    private Help() {
    }

    /** Help for one command ("action", "/action") or, when empty or unknown, for all of them. */
    static SlackMessage forCommand(String name) {
        Optional<String> command = find(name);
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        if (command.isEmpty() && !name.isBlank()) {
            blocks.add(section(s -> s.text(markdownText(":warning: I have no command " + Mrkdwn.code(name) + "."))));
        }
        for (String each : command.map(List::of).orElse(List.copyOf(COMMANDS.keySet()))) {
            StringBuilder text = new StringBuilder("*").append(each).append("*\n");
            for (String[] form : COMMANDS.get(each)) {
                text.append(Mrkdwn.code(form[0])).append(" — ").append(form[1]).append('\n');
                plain.append(form[0]).append('\n');
            }
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text.toString().strip(),
                    BlockLimits.MAX_SECTION_TEXT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "<who>: @people, free-text names or ALL, separated by , / or \"and\". Columns are split by |.")))));
        return SlackMessage.withPlainText(plain.toString().strip(), blocks);
    }

    private static Optional<String> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String withSlash = wanted.startsWith("/") ? wanted : "/" + wanted;
        return COMMANDS.keySet().stream().filter(c -> c.equals(withSlash)).findFirst();
    }
}
