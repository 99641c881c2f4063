package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The Slack Web API methods themebot calls, answered from the sandbox workspace the way Slack
 * answers them: {@code {"ok":true,…}}, or {@code {"ok":false,"error":"…"}} with Slack's error names.
 */
final class WebApi {

    /** A Slack error answer, such as channel_not_found. */
    static final class Refused extends RuntimeException {
        Refused(String error) {
            super(error, null, false, false);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_MESSAGE_BLOCKS = 50;
    private static final int MAX_VIEW_BLOCKS = 100;
    private static final int MAX_SECTION_TEXT = 3000;

    private final Timeline timeline;
    private final Views views;
    /** Where the bytes of a file go, by file id: known once the server listens. */
    private final UnaryOperator<String> uploadUrl;
    private final Map<String, Function<ObjectNode, ObjectNode>> methods = Map.ofEntries(
            Map.entry("auth.test", args -> authTest()),
            Map.entry("users.info", WebApi::usersInfo),
            Map.entry("conversations.open", WebApi::conversationsOpen),
            Map.entry("chat.postMessage", this::postMessage),
            Map.entry("chat.postEphemeral", this::postEphemeral),
            Map.entry("chat.update", this::update),
            Map.entry("views.open", args -> openView(args, false)),
            Map.entry("views.push", args -> openView(args, true)),
            Map.entry("views.update", this::updateView),
            Map.entry("views.publish", this::publishView),
            Map.entry("files.getUploadURLExternal", this::uploadUrl),
            Map.entry("files.completeUploadExternal", this::completeUpload));

    WebApi(Timeline timeline, Views views, UnaryOperator<String> uploadUrl) {
        this.timeline = timeline;
        this.views = views;
        this.uploadUrl = uploadUrl;
    }

    /** Slack's answer to one call. */
    ObjectNode call(String method, ObjectNode args) {
        Function<ObjectNode, ObjectNode> handler = methods.get(method);
        if (handler == null) {
            return error("unknown_method");
        }
        try {
            return handler.apply(args);
        } catch (Refused e) {
            return error(e.getMessage());
        }
    }

    static ObjectNode ok() {
        return JSON.objectNode().put("ok", true);
    }

    static ObjectNode error(String error) {
        return JSON.objectNode().put("ok", false).put("error", error);
    }

    // ---- who and where

    private static ObjectNode authTest() {
        return ok().put("url", "https://" + Workspace.TEAM_DOMAIN + ".slack.com/").put("team", Workspace.TEAM_NAME)
                .put("user", Workspace.BOT_NAME).put("team_id", Workspace.TEAM_ID).put("user_id", Workspace.BOT_USER_ID)
                .put("bot_id", Workspace.BOT_ID).put("is_enterprise_install", false);
    }

    private static ObjectNode usersInfo(ObjectNode args) {
        Workspace.Person person = person(args.path("user").asText());
        ObjectNode answer = ok();
        ObjectNode user = answer.putObject("user").put("id", person.id()).put("team_id", Workspace.TEAM_ID)
                .put("name", person.handle()).put("real_name", person.realName()).put("deleted", false)
                .put("is_bot", false).put("tz", "Europe/London");
        user.putObject("profile").put("real_name", person.realName()).put("display_name", person.handle());
        return answer;
    }

    private static Workspace.Person person(String userId) {
        return Workspace.person(userId).orElseThrow(() -> new Refused("user_not_found"));
    }

    /** A channel id, "#name", a DM channel id, or a user id (meaning the bot's DM with them). */
    static Workspace.Channel channel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new Refused("channel_not_found");
        }
        if (channel.startsWith("#")) {
            return Workspace.CHANNELS.stream().filter(c -> c.name().equals(channel.substring(1))).findFirst()
                    .orElseThrow(() -> new Refused("channel_not_found"));
        }
        return Workspace.channel(channel)
                .or(() -> Workspace.person(channel).map(Workspace::directMessages))
                .orElseThrow(() -> new Refused("channel_not_found"));
    }

    private static ObjectNode conversationsOpen(ObjectNode args) {
        String users = args.path("users").asText("").strip();
        if (users.isEmpty()) {
            return channelAnswer(channel(args.path("channel").asText(null)));
        }
        if (users.contains(",")) {
            throw new Refused("method_not_supported_for_channel_type"); // the bot needs no group DMs
        }
        return channelAnswer(Workspace.directMessages(person(users)));
    }

    private static ObjectNode channelAnswer(Workspace.Channel channel) {
        ObjectNode answer = ok();
        ObjectNode c = answer.putObject("channel").put("id", channel.id()).put("is_im", channel.isDirect())
                .put("is_channel", !channel.isDirect());
        if (channel.isDirect()) {
            c.put("user", channel.dmWith());
        } else {
            c.put("name", channel.name()).put("is_member", true);
        }
        return answer;
    }

    // ---- messages

    private ObjectNode postMessage(ObjectNode args) {
        Workspace.Channel channel = channel(args.path("channel").asText(null));
        JsonNode blocks = content(args, MAX_MESSAGE_BLOCKS);
        String ts = timeline.post(channel.id(), Workspace.BOT_USER_ID, args.path("text").asText(""), blocks, List.of(),
                null, false);
        ObjectNode answer = ok().put("channel", channel.id()).put("ts", ts);
        answer.putObject("message").put("type", "message").put("user", Workspace.BOT_USER_ID)
                .put("bot_id", Workspace.BOT_ID).put("ts", ts).put("text", args.path("text").asText(""))
                .set("blocks", blocks);
        return answer;
    }

    private ObjectNode postEphemeral(ObjectNode args) {
        Workspace.Channel channel = channel(args.path("channel").asText(null));
        Workspace.Person person = person(args.path("user").asText());
        JsonNode blocks = content(args, MAX_MESSAGE_BLOCKS);
        String ts = timeline.post(channel.id(), Workspace.BOT_USER_ID, args.path("text").asText(""), blocks, List.of(),
                person.id(), false);
        return ok().put("message_ts", ts);
    }

    private ObjectNode update(ObjectNode args) {
        Workspace.Channel channel = channel(args.path("channel").asText(null));
        String ts = args.path("ts").asText();
        Timeline.Post post = timeline.find(channel.id(), ts).orElseThrow(() -> new Refused("message_not_found"));
        if (!Workspace.BOT_USER_ID.equals(post.author())) {
            throw new Refused("cant_update_message");
        }
        JsonNode blocks = args.has("blocks") ? blocks(args, MAX_MESSAGE_BLOCKS) : post.blocks();
        String text = args.has("text") ? args.path("text").asText("") : post.text();
        timeline.replace(channel.id(), ts, text, blocks);
        return ok().put("channel", channel.id()).put("ts", ts).put("text", text);
    }

    /** A message's blocks, after checking it says something (text or blocks) within Slack's limits. */
    private static JsonNode content(ObjectNode args, int maxBlocks) {
        JsonNode blocks = blocks(args, maxBlocks);
        if (args.path("text").asText("").isEmpty() && blocks.isEmpty()) {
            throw new Refused("no_text");
        }
        if (args.path("text").asText("").length() > 40_000) {
            throw new Refused("msg_too_long");
        }
        return blocks;
    }

    private static JsonNode blocks(JsonNode holder, int maxBlocks) {
        JsonNode blocks = holder.path("blocks");
        if (blocks.isMissingNode() || blocks.isNull() || blocks.isTextual() && blocks.asText().isBlank()) {
            return JSON.arrayNode();
        }
        if (!blocks.isArray()) {
            throw new Refused("invalid_blocks_format");
        }
        if (blocks.size() > maxBlocks) {
            throw new Refused("invalid_blocks");
        }
        for (JsonNode block : blocks) {
            if (!block.path("type").isTextual()
                    || block.path("text").path("text").asText("").length() > MAX_SECTION_TEXT) {
                throw new Refused("invalid_blocks");
            }
        }
        return BlockIds.filled(blocks);
    }

    // ---- views

    private ObjectNode openView(ObjectNode args, boolean push) {
        String userId = views.userOfTrigger(args.path("trigger_id").asText(""));
        return viewAnswer(views.open(userId, view(args), push));
    }

    private ObjectNode updateView(ObjectNode args) {
        return viewAnswer(views.update(args.path("view_id").asText(null), args.path("external_id").asText(null),
                args.path("hash").asText(null), view(args)));
    }

    private ObjectNode publishView(ObjectNode args) {
        Workspace.Person person = person(args.path("user_id").asText());
        ObjectNode view = view(args);
        if (!"home".equals(view.path("type").asText())) {
            throw new Refused("invalid_arguments");
        }
        return viewAnswer(views.publish(person.id(), view));
    }

    /** The "view" of a call or of a response_action, checked and with Slack's ids filled in. */
    static ObjectNode view(JsonNode args) {
        if (!(args.get("view") instanceof ObjectNode view) || !view.path("type").isTextual()) {
            throw new Refused("invalid_arguments");
        }
        view.set("blocks", blocks(view, MAX_VIEW_BLOCKS));
        return view;
    }

    private static ObjectNode viewAnswer(ObjectNode view) {
        ObjectNode answer = ok();
        answer.set("view", view.deepCopy());
        return answer;
    }

    // ---- files

    private ObjectNode uploadUrl(ObjectNode args) {
        String name = args.path("filename").asText("");
        if (name.isBlank() || args.path("length").asText("").isBlank()) {
            throw new Refused("invalid_arguments");
        }
        Timeline.SharedFile file = timeline.newFile(name);
        return ok().put("upload_url", uploadUrl.apply(file.id())).put("file_id", file.id());
    }

    /** Shares uploaded files in a channel, as a message from the bot holding them. */
    private ObjectNode completeUpload(ObjectNode args) {
        JsonNode items = args.path("files");
        if (!items.isArray() || items.isEmpty()) {
            throw new Refused("invalid_arguments");
        }
        String channelArg = args.path("channel_id").asText(args.path("channels").asText("").split(",")[0]);
        Workspace.Channel channel = channelArg.isBlank() ? null : channel(channelArg);
        List<Timeline.SharedFile> shared = new ArrayList<>();
        for (JsonNode item : items) {
            Timeline.SharedFile file = timeline.file(item.path("id").asText())
                    .orElseThrow(() -> new Refused("file_not_found"));
            if (!file.uploaded()) {
                throw new Refused("file_upload_not_complete");
            }
            shared.add(timeline.retitle(file.id(), item.path("title").asText(file.name())));
        }
        ObjectNode answer = ok();
        ArrayNode files = answer.putArray("files");
        shared.forEach(f -> files.addObject().put("id", f.id()).put("name", f.name()).put("title", f.title())
                .put("size", f.bytes().length));
        if (channel != null) {
            timeline.post(channel.id(), Workspace.BOT_USER_ID, args.path("initial_comment").asText(""), JSON.arrayNode(),
                    shared, null, false);
        }
        return answer;
    }
}
