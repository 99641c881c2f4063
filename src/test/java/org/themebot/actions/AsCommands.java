package org.themebot.actions;

import org.themebot.commands.Invocation;
import org.themebot.commands.Refs;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.slack.actions.ActionCommands;

/**
 * The service driven with /action's text, read the way /action's grammar reads it (columns, refs,
 * Slack's escaping), then one typed call: so these tests keep speaking the commands members type.
 */
public final class AsCommands {

    private final ActionService actions;

    public AsCommands(ActionService actions) {
        this.actions = actions;
    }

    /** The service itself, for the typed calls buttons make. */
    public ActionService service() {
        return actions;
    }

    public ActionService.Changed add(Invocation inv, String text) {
        return actions.add(inv, ActionCommands.draft(text));
    }

    public ActionList list(Invocation inv, String text) {
        return actions.list(inv, ActionCommands.filter(text));
    }

    public ActionService.Changed done(Invocation inv, String text) {
        Refs.RefAndRest read = Refs.read(text, 'A', "action");
        return actions.done(inv, ActionRef.number(read.number()), plain(read.rest()));
    }

    public ActionService.Changed update(Invocation inv, String text) {
        Refs.RefAndRest read = Refs.read(text, 'A', "action");
        return actions.update(inv, ActionRef.number(read.number()), plain(read.rest()));
    }

    public ActionService.Changed due(Invocation inv, String text) {
        Refs.RefAndRest read = Refs.read(text, 'A', "action");
        return actions.due(inv, ActionRef.number(read.number()), plain(read.rest()));
    }

    public ActionService.Changed assign(Invocation inv, String text) {
        Refs.RefAndRest read = Refs.read(text, 'A', "action");
        return actions.assign(inv, ActionRef.number(read.number()), WhoParser.parse(read.rest()));
    }

    public ActionService.Changed drop(Invocation inv, String text) {
        Refs.RefAndRest read = Refs.read(text, 'A', "action");
        return actions.drop(inv, ActionRef.number(read.number()), plain(read.rest()));
    }

    public ActionService.Shown show(Invocation inv, String text) {
        return actions.show(inv, ActionRef.number(Refs.only(text, 'A', "action")));
    }

    private static String plain(String escaped) {
        return SlackText.plain(escaped).strip();
    }
}
