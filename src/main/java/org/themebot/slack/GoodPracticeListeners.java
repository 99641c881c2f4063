package org.themebot.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.SubmissionsCsv;

/** /goodpractice, and the submission modal it opens. */
final class GoodPracticeListeners {

    private static final Logger log = LoggerFactory.getLogger(GoodPracticeListeners.class);

    private GoodPracticeListeners() {
    }

    static void register(App app, SlashCommands commands, GoodPracticeService goodPractice, FileUploads uploads,
                         Outbox outbox, UserNames names, ExecutorService afterAck, Clock clock) {
        commands.register(app, "/goodpractice", Map.of(
                "submit", (inv, args) -> {
                    if (args.isBlank()) {
                        var form = goodPractice.form(inv);
                        return reply -> reply.openModal(GoodPracticeModal.view(form));
                    }
                    var submitted = goodPractice.submit(inv, args);
                    return reply -> reply.toChannel(GoodPracticeBlocks.submitted(submitted, reply.names()));
                },
                "list", (inv, args) -> {
                    var listed = goodPractice.list(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.list(listed, reply.names()));
                },
                "show", (inv, args) -> {
                    var shown = goodPractice.show(inv, args);
                    return reply -> reply.toTyper(GoodPracticeBlocks.shown(shown, reply.names()));
                },
                "table", (inv, args) -> {
                    var tabled = goodPractice.table(inv, args);
                    return reply -> reply.toChannel(GoodPracticeBlocks.tabled(tabled, inv.userId()));
                },
                "withdraw", (inv, args) -> {
                    var withdrawn = goodPractice.withdraw(inv, args);
                    return reply -> reply.toChannel(GoodPracticeBlocks.withdrawn(withdrawn, inv.userId()));
                },
                "export", (inv, args) -> {
                    var export = goodPractice.export(inv, args);
                    return reply -> reply.toTyper(uploads.share(export.group().channelId(), export.fileName(),
                            "Good practice of the " + export.group().name(), SubmissionsCsv.render(export, reply.names())));
                }), Help.forCommand("/goodpractice"));

        // Errors go back into the modal beside their field; a good submission closes it and is posted after the ack.
        app.viewSubmission(GoodPracticeModal.CALLBACK_ID, (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            Invocation inv = new Invocation(p.getTeam().getId(), p.getView().getPrivateMetadata(), null,
                    p.getUser().getId(), clock.instant());
            GoodPracticeService.Changed submitted;
            try {
                submitted = goodPractice.submit(inv, GoodPracticeModal.draft(p.getView().getState()));
            } catch (CommandError e) {
                return ctx.ackWithErrors(GoodPracticeModal.errors(e));
            }
            afterAck.submit(() -> {
                try {
                    outbox.post(inv.channelId(), GoodPracticeBlocks.submitted(submitted, names.in(inv.workspaceId())));
                } catch (RuntimeException e) {
                    log.error("posting good practice {} failed", submitted.submission().ref(), e);
                }
            });
            return ctx.ack();
        });
    }
}
