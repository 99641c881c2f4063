package org.themebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;

/**
 * The one shape of every button and form handler: check the payload, apply one service call once
 * (a change in one transaction with its retry key and the messages it causes), ack. A signed
 * payload that lacks what such a request always has is answered 400; a request from a workspace
 * this themebot does not serve, 403.
 */
public final class Interactions {

    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    /** A signed request that is not a well-formed Slack payload of its kind. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String what) {
            super(what);
        }
    }

    /** What a button or form gets to do its work: who, where, when. */
    @FunctionalInterface
    public interface Change {
        Reply apply(Invocation inv);
    }

    private final UnitOfWork work;
    private final AfterAcks afterAcks;
    private final Workspaces workspaces;
    private final Clock clock;

    public Interactions(UnitOfWork work, AfterAcks afterAcks, Workspaces workspaces, Clock clock) {
        this.work = work;
        this.afterAcks = afterAcks;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    public static final Response BAD_REQUEST = Response.builder().statusCode(400).contentType("application/json")
            .body("{\"error\":\"not a Slack payload\"}").build();
    public static final Response FORBIDDEN = Response.builder().statusCode(403).contentType("application/json")
            .body("{\"error\":\"not a workspace this app serves\"}").build();
    private static final Response ACK = Response.ok();

    /** Who pressed, where (the channel, or none for a Home tab), and when. */
    public Invocation invocation(BlockActionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getActions() == null || p.getActions().isEmpty()) {
            throw new Malformed("a button press with no team, user or action");
        }
        String channel = p.getChannel() != null ? p.getChannel().getId()
                : p.getContainer() != null ? p.getContainer().getChannelId() : null;
        return new Invocation(p.getTeam().getId(), channel, p.getChannel() != null ? p.getChannel().getName() : null,
                p.getUser().getId(), clock.instant());
    }

    /** Who used a message shortcut, and in which channel. */
    public Invocation invocation(MessageShortcutPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getChannel() == null || p.getTriggerId() == null) {
            throw new Malformed("a shortcut with no team, user, channel or trigger");
        }
        return new Invocation(p.getTeam().getId(), p.getChannel().getId(), p.getChannel().getName(),
                p.getUser().getId(), clock.instant());
    }

    /** A message shortcut: it reads (and usually opens a form); an error reaches the user privately. */
    public Response shortcut(MessageShortcutPayload p, Change read) {
        return guarded(() -> {
            Invocation inv = invocation(p);
            if (!workspaces.serves(inv.workspaceId(), p.getEnterprise() == null ? null : p.getEnterprise().getId())) {
                return FORBIDDEN;
            }
            run(() -> Optional.of(work.read(() -> read.apply(inv))))
                    .ifPresent(r -> afterAck(r, inv.workspaceId(), p.getTriggerId(), p.getResponseUrl()));
            return ACK;
        });
    }

    /** Who submitted a form, in the channel it was opened for. */
    public Invocation invocation(ViewSubmissionPayload p, String channelId) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            throw new Malformed("a form submission with no team, user or view");
        }
        return new Invocation(p.getTeam().getId(), channelId, null, p.getUser().getId(), clock.instant());
    }

    /**
     * A button that changes something: applied once per press (its action_ts), then acked. What
     * the reply says to the presser, and any error, reaches them privately after the ack.
     */
    public Response button(BlockActionPayload p, Change change) {
        return guarded(() -> {
            Invocation inv = invocation(p);
            if (!workspaces.serves(inv.workspaceId(), p.getEnterprise() == null ? null : p.getEnterprise().getId())) {
                return FORBIDDEN;
            }
            String key = "button:" + p.getActions().get(0).getActionTs() + ":" + inv.userId() + ":"
                    + p.getActions().get(0).getActionId();
            Optional<Reply> reply = run(() -> work.change(key, () -> change.apply(inv)));
            if (inHome(p)) {
                // A Home tab has no response_url: what went wrong is shown at the top of Home instead.
                reply.flatMap(Reply::toTyper).ifPresent(refusal -> work.change(key, () -> Reply.announce(
                        Intent.home(inv.workspaceId(), inv.userId(), Optional.of(refusal.text())))));
                return ACK;
            }
            reply.ifPresent(r -> afterAck(r, inv.workspaceId(), p.getTriggerId(), p.getResponseUrl()));
            return ACK;
        });
    }

    /** A button that only reads (turning a list's page, an export). */
    public Response readingButton(BlockActionPayload p, Change read) {
        return guarded(() -> {
            Invocation inv = invocation(p);
            if (!workspaces.serves(inv.workspaceId(), p.getEnterprise() == null ? null : p.getEnterprise().getId())) {
                return FORBIDDEN;
            }
            run(() -> Optional.of(work.read(() -> read.apply(inv))))
                    .ifPresent(r -> afterAck(r, inv.workspaceId(), p.getTriggerId(), p.getResponseUrl()));
            return ACK;
        });
    }

    /**
     * A form's submission: applied once per (view, hash). A problem with a field goes back into
     * the form beside it ({@code fieldErrors}); the form closes on success.
     */
    public Response submission(ViewSubmissionPayload p, String channelId, Change change,
                               Function<CommandError, Map<String, String>> fieldErrors) {
        return guarded(() -> {
            Invocation inv = invocation(p, channelId);
            if (!workspaces.serves(inv.workspaceId(), p.getEnterprise() == null ? null : p.getEnterprise().getId())) {
                return FORBIDDEN;
            }
            String key = "form:" + p.getView().getId() + ":" + p.getView().getHash();
            try {
                work.change(key, () -> change.apply(inv)).ifPresent(r -> afterAck(r, inv.workspaceId(), p.getTriggerId(), null));
                return ACK;
            } catch (CommandError e) {
                return Response.json(200, Map.of("response_action", "errors", "errors", fieldErrors.apply(e)));
            } catch (JdbiException e) {
                log.error("a form's change failed in the database", e);
                return Response.json(200, Map.of("response_action", "errors", "errors",
                        fieldErrors.apply(new CommandError("I could not save that: the database is not taking changes "
                                + "right now. Please try again later.", ""))));
            }
        });
    }

    /** A press in a member's App Home tab (not in a message). */
    public static boolean inHome(BlockActionPayload p) {
        return p.getContainer() != null && "view".equals(p.getContainer().getType());
    }

    /** Errors of a change become a private reply; the change itself was rolled back. */
    private Optional<Reply> run(java.util.function.Supplier<Optional<Reply>> change) {
        try {
            return change.get();
        } catch (CommandError e) {
            return Optional.of(Reply.toTyper(Replies.error(e)));
        } catch (JdbiException e) {
            log.error("a button's change failed in the database", e);
            return Optional.of(Reply.toTyper(Replies.NOT_SAVED));
        }
    }

    private void afterAck(Reply reply, String workspaceId, String triggerId, String responseUrl) {
        Optional<Reply.AfterAck> work = reply.afterAck();
        Optional<SlackMessage> toTyper = reply.toTyper();
        if (work.isEmpty() && toTyper.isEmpty()) {
            return;
        }
        afterAcks.run(context -> {
            if (toTyper.isPresent() && responseUrl != null) {
                context.respond(toTyper.get());
            }
            if (work.isPresent()) {
                work.get().run(context);
            }
        }, workspaceId, triggerId, responseUrl);
    }

    private static Response guarded(java.util.function.Supplier<Response> handler) {
        try {
            return handler.get();
        } catch (Malformed | IllegalArgumentException e) {
            log.info("malformed interaction: {}", e.toString());
            return BAD_REQUEST;
        } catch (NullPointerException e) {
            // A signed payload missing a field this handler reads: the payload's fault, logged in full.
            log.warn("interaction missing a field", e);
            return BAD_REQUEST;
        }
    }
}
