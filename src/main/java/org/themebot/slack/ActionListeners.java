package org.themebot.slack;

import com.slack.api.bolt.App;
import java.util.Map;
import org.themebot.actions.ActionService;

/** /action: recording actions and keeping them up to date. */
final class ActionListeners {

    private ActionListeners() {
    }

    static void register(App app, SlashCommands commands, ActionService actions) {
        commands.register(app, "/action", Map.of(
                "add", (inv, args) -> {
                    ActionService.Changed added = actions.add(inv, args);
                    return reply -> reply.toChannel(ActionBlocks.added(added, reply.names()));
                },
                "list", (inv, args) -> {
                    var list = actions.list(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.list(list, reply.names()));
                },
                "show", (inv, args) -> {
                    var shown = actions.show(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.shown(shown, reply.names()));
                },
                "update", (inv, args) -> {
                    var updated = actions.update(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.changed(updated, inv.userId(), reply.names()));
                },
                "done", (inv, args) -> announced(actions.done(inv, args), inv.userId()),
                "due", (inv, args) -> announced(actions.due(inv, args), inv.userId()),
                "assign", (inv, args) -> announced(actions.assign(inv, args), inv.userId()),
                "drop", (inv, args) -> announced(actions.drop(inv, args), inv.userId())),
                Help.forCommand("/action"));
    }

    /** Changes the group follows along with are posted in the channel. */
    private static SlashCommands.AfterAck announced(ActionService.Changed changed, String actorId) {
        return reply -> reply.toChannel(ActionBlocks.changed(changed, actorId, reply.names()));
    }
}
