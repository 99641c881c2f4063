package org.themebot.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.themebot.mail.Attachment;

/**
 * What the page asks of the sandbox: the state one person sees, and what they do (type, press a
 * button, submit or close a modal, open the Home tab, load the demo, download a file). Each
 * action reaches the bot only through the relay, as a signed Slack request.
 */
final class PageEndpoints {

    static final String FILES_PATH = "/sandbox/files/";
    static final String MAIL_PATH = "/sandbox/mail/";
    /** Room for a Word file over the 10 MB themebot reads, so its refusal can be tried too. */
    static final int MAX_SHARED_BYTES = 20 * 1024 * 1024;

    private final ObjectMapper mapper = new ObjectMapper();
    private final Timeline timeline;
    private final Views views;
    private final Relay relay;
    private final MessageBox messageBox;
    private final Demo demo;
    private final PageState pageState;
    private final AppManifest manifest;
    private final CaughtMail mail;

    PageEndpoints(Timeline timeline, Views views, Relay relay, MessageBox messageBox, Demo demo, PageState pageState,
            AppManifest manifest, CaughtMail mail) {
        this.timeline = timeline;
        this.views = views;
        this.relay = relay;
        this.messageBox = messageBox;
        this.demo = demo;
        this.pageState = pageState;
        this.manifest = manifest;
        this.mail = mail;
    }

    /**
     * GET ?user=U…[&since=version]: what that person sees (the first person when none or an unknown
     * one is named), or just the version when nothing changed.
     */
    void state(Context ctx) {
        Workspace.Person viewer = Optional.ofNullable(ctx.queryParam("user")).flatMap(Workspace::person)
                .orElse(Workspace.PEOPLE.get(0));
        String since = ctx.queryParam("since");
        if (since != null && since.equals(Long.toString(timeline.version()))) {
            ctx.json(mapper.createObjectNode().put("version", timeline.version()).put("unchanged", true));
            return;
        }
        ctx.json(pageState.of(viewer));
    }

    /** POST {user, channel, text}: a slash command or a message. */
    void message(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.Person typer = person(body.path("user").asText());
        Workspace.Channel channel = channelOf(typer, body.path("channel").asText());
        String text = body.path("text").asText("");
        if (text.isBlank()) {
            throw new BadRequestResponse("nothing to send");
        }
        if (channel.isDirect() && manifest.messagesReadOnly()) {
            throw new BadRequestResponse("themebot's Messages tab is read-only: type in a channel");
        }
        MessageBox.Sent sent = messageBox.send(typer, channel, text);
        ctx.json(mapper.createObjectNode().put("ack", sent.status()));
    }

    /**
     * POST multipart {user, channel, text, file}: a person shares a file in a channel, with what they
     * typed as its message.
     */
    void share(Context ctx) throws IOException {
        Workspace.Person typer = person(ctx.formParam("user"));
        Workspace.Channel channel = channelOf(typer, String.valueOf(ctx.formParam("channel")));
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
        if (text.startsWith("/")) {
            throw new BadRequestResponse("a slash command cannot carry a file: send the command on its own");
        }
        if (channel.isDirect() && manifest.messagesReadOnly()) {
            throw new BadRequestResponse("themebot's Messages tab is read-only: share the file in a channel");
        }
        UploadedFile file = uploaded(ctx);
        timeline.share(channel.id(), typer.id(), TypedText.escaped(text), file.filename(), bytes(file));
        ctx.json(mapper.createObjectNode().put("shared", file.filename()));
    }

    /**
     * POST multipart {user, file}: a file picked in a modal's file input, uploaded (shared nowhere)
     * before the form is submitted; answers its id, which the submission's values name.
     */
    void pick(Context ctx) throws IOException {
        person(ctx.formParam("user"));
        UploadedFile file = uploaded(ctx);
        ctx.json(mapper.createObjectNode().put("id", timeline.keep(file.filename(), bytes(file), null).id()));
    }

    /** The request's file. Slack takes far bigger files; the sandbox keeps them in memory. */
    private static UploadedFile uploaded(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename().isBlank()) {
            throw new BadRequestResponse("no file");
        }
        if (file.size() > MAX_SHARED_BYTES) {
            throw new BadRequestResponse("the sandbox takes files of up to " + MAX_SHARED_BYTES / (1024 * 1024) + " MB");
        }
        return file;
    }

    private static byte[] bytes(UploadedFile file) throws IOException {
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        }
    }

    /**
     * POST {user, channel, ts} or {user, view, values}, with blockId, actionId and picked (for
     * selects); values are what a modal's inputs say at the time, as Slack sends them along.
     */
    void action(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.Person user = person(body.path("user").asText());
        String blockId = body.path("blockId").asText();
        String actionId = body.path("actionId").asText();
        Relay.Ack ack;
        if (body.hasNonNull("view")) {
            ObjectNode view = shownView(user, body.path("view").asText());
            ObjectNode element = element(view.path("blocks"), blockId, actionId);
            ObjectNode current = Relay.withState(view, ViewState.values(view, body.path("values")));
            ack = relay.blockAction(user, new Relay.Container(null, null, false, current), blockId, element,
                    body.path("picked"), null);
        } else {
            Workspace.Channel channel = channelOf(user, body.path("channel").asText());
            Timeline.Post post = visiblePost(user, channel, body.path("ts").asText());
            ObjectNode element = element(post.blocks(), blockId, actionId);
            boolean ephemeral = post.onlyFor() != null;
            ack = relay.blockAction(user, new Relay.Container(channel.id(), post.ts(), ephemeral, null), blockId,
                    element, body.path("picked"), ephemeral ? null : message(post));
        }
        ctx.json(mapper.createObjectNode().put("ack", ack.status()));
    }

    /** POST {user, callbackId, channel, ts}: a shortcut of the manifest, on a message when it is a message shortcut. */
    void shortcut(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.Person user = person(body.path("user").asText());
        AppManifest.Shortcut shortcut = manifest.shortcut(body.path("callbackId").asText())
                .orElseThrow(() -> new BadRequestResponse("the app has no such shortcut"));
        Relay.Ack ack;
        if (shortcut.type().equals("message")) {
            Workspace.Channel channel = channelOf(user, body.path("channel").asText());
            Timeline.Post post = visiblePost(user, channel, body.path("ts").asText());
            if (post.onlyFor() != null) {
                throw new BadRequestResponse("Slack offers no shortcuts on a message only one person sees");
            }
            ack = relay.messageShortcut(user, shortcut.callbackId(), channel, post.ts(), message(post));
        } else {
            ack = relay.globalShortcut(user, shortcut.callbackId());
        }
        ctx.json(mapper.createObjectNode().put("ack", ack.status()));
    }

    /** POST {user, values}: submits the person's top modal; errors from the bot come back for the modal. */
    void submit(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.Person user = person(body.path("user").asText());
        ObjectNode view = views.top(user.id()).orElseThrow(() -> new NotFoundResponse("no open modal"));
        Relay.Ack ack = relay.viewSubmission(user, view, ViewState.values(view, body.path("values"),
                id -> timeline.picked(id, user.id())));
        ObjectNode answer = mapper.createObjectNode().put("ack", ack.status());
        if (!ack.ok()) {
            answer.put("error", "The bot answered HTTP " + ack.status() + "; the modal stays open.");
            ctx.json(answer);
            return;
        }
        JsonNode reply = ack.body();
        try {
            switch (reply.path("response_action").asText("")) {
                case "errors" -> answer.set("errors", reply.path("errors"));
                case "update" -> views.update(view.path("id").asText(), null, null, WebApi.view(reply));
                case "push" -> views.open(user.id(), WebApi.view(reply), true);
                case "clear" -> views.closeSubmitted(user.id(), view.path("id").asText(), true);
                default -> views.closeSubmitted(user.id(), view.path("id").asText(), false);
            }
        } catch (WebApi.Refused e) {
            answer.put("error", "The bot's response_action was refused: " + e.getMessage());
        }
        ctx.json(answer);
    }

    /** POST {user}: the person closed their top modal. */
    void close(Context ctx) {
        Workspace.Person user = person(body(ctx).path("user").asText());
        views.top(user.id()).filter(v -> v.path("notify_on_close").asBoolean(false))
                .ifPresent(view -> relay.viewClosed(user, view));
        views.close(user.id());
        ctx.json(mapper.createObjectNode().put("closed", true));
    }

    /** POST {user}: the person opened the bot's Home tab. */
    void home(Context ctx) {
        Workspace.Person user = person(body(ctx).path("user").asText());
        Relay.Ack ack = relay.homeOpened(user, views.home(user.id()).orElse(null));
        ctx.json(mapper.createObjectNode().put("ack", ack.status()));
    }

    void loadDemo(Context ctx) {
        Demo.Outcome outcome = demo.load();
        ctx.json(mapper.createObjectNode().put("loaded", outcome.loaded()).put("message", outcome.message()));
    }

    /** GET /sandbox/files/{fileId}: a shared file, as an attachment under its own name. */
    void file(Context ctx) {
        Timeline.SharedFile file = timeline.file(ctx.pathParam("fileId")).filter(Timeline.SharedFile::uploaded)
                .orElseThrow(() -> new NotFoundResponse("no such file"));
        download(ctx, file.name(), file.bytes());
    }

    /** GET /sandbox/mail/{mailId}/{index}: a file attached to a caught mail. */
    void mailFile(Context ctx) {
        try {
            int index = Integer.parseInt(ctx.pathParam("index"));
            Attachment file = mail.byId(Integer.parseInt(ctx.pathParam("mailId"))).map(c -> c.mail().attachments())
                    .filter(files -> index >= 0 && index < files.size()).map(files -> files.get(index))
                    .orElseThrow(() -> new NotFoundResponse("no such file"));
            download(ctx, file.fileName(), file.content());
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("no such file");
        }
    }

    private static void download(Context ctx, String name, byte[] bytes) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[\"\\\\\\r\\n]", "_") + "\"")
                .contentType("application/octet-stream").result(bytes);
    }

    // ---- checking what the page sent

    private JsonNode body(Context ctx) {
        try {
            JsonNode body = mapper.readTree(ctx.body());
            if (body != null && body.isObject()) {
                return body;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw new BadRequestResponse("expected a JSON object");
    }

    private static Workspace.Person person(String userId) {
        return Workspace.person(userId).orElseThrow(() -> new BadRequestResponse("no such person: " + userId));
    }

    /** A channel the person can see: any channel, or their own DM with the bot. */
    private static Workspace.Channel channelOf(Workspace.Person person, String channelId) {
        return Workspace.visibleTo(person).stream().filter(c -> c.id().equals(channelId)).findFirst()
                .orElseThrow(() -> new BadRequestResponse("no such channel for " + person.realName() + ": " + channelId));
    }

    private Timeline.Post visiblePost(Workspace.Person person, Workspace.Channel channel, String ts) {
        return timeline.find(channel.id(), ts).filter(p -> p.visibleTo(person.id()))
                .orElseThrow(() -> new NotFoundResponse("no such message"));
    }

    /** The person's top modal or Home tab with this id. */
    private ObjectNode shownView(Workspace.Person person, String viewId) {
        return views.top(person.id()).filter(v -> v.path("id").asText().equals(viewId))
                .or(() -> views.home(person.id()).filter(v -> v.path("id").asText().equals(viewId)))
                .orElseThrow(() -> new NotFoundResponse("no such view"));
    }

    private static ObjectNode element(JsonNode blocks, String blockId, String actionId) {
        return BlockIds.find(blocks, blockId, actionId).orElseThrow(() -> new NotFoundResponse("no such button"));
    }

    /** A post as Slack puts it in a block_actions or message_action payload, files and all. */
    private static ObjectNode message(Timeline.Post post) {
        return post.json(Directory.Bot.THEMEBOT);
    }
}
