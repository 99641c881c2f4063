package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.themebot.sandbox.Timeline.Content;
import org.themebot.sandbox.Timeline.Via;
import org.themebot.sandbox.Workspace.Channel;
import org.themebot.sandbox.Workspace.Person;

/**
 * The Slack Web API methods themebot calls, answered from the engine's workspace the way Slack
 * answers them: {@code {"ok":true,…}}, or {@code {"ok":false,"error":"…"}} with Slack's error names.
 * A test may put its own answer in place of a method's ({@link #answerWith}).
 */
final class WebApi {

    /** A Slack error answer, such as channel_not_found. */
    static final class Refused extends RuntimeException {
        Refused(String error) {
            super(error, null, false, false);
        }
    }

    /** Methods an app calls with its client id and secret rather than a bot token. */
    private static final List<String> WITHOUT_BOT_TOKEN = List.of("oauth.v2.access");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** users.list cursors: where the next page starts, as Slack's opaque cursors do. */
    private static final String CURSOR = "dXNlcjpV";

    private final Directory directory;
    private final Timeline timeline;
    private final Views views;
    private final String botToken;
    /** Where the bytes of a file go, by file id: known once the engine listens. */
    private final UnaryOperator<String> uploadUrl;
    private final Map<String, ObjectNode> answers = new ConcurrentHashMap<>();
    private final Map<String, Function<ObjectNode, ObjectNode>> methods = Map.ofEntries(
            Map.entry("oauth.v2.access", this::oauthAccess),
            Map.entry("users.info", this::usersInfo),
            Map.entry("users.list", this::usersList),
            Map.entry("conversations.open", this::conversationsOpen),
            Map.entry("chat.postMessage", this::postMessage),
            Map.entry("chat.postEphemeral", this::postEphemeral),
            Map.entry("chat.update", this::update),
            Map.entry("views.open", args -> openView(args, false)),
            Map.entry("views.push", args -> openView(args, true)),
            Map.entry("views.update", this::updateView),
            Map.entry("views.publish", this::publishView),
            Map.entry("files.getUploadURLExternal", this::uploadUrl),
            Map.entry("files.completeUploadExternal", this::completeUpload));

    WebApi(Directory directory, Timeline timeline, Views views, String botToken, UnaryOperator<String> uploadUrl) {
        this.directory = directory;
        this.timeline = timeline;
        this.views = views;
        this.botToken = botToken;
        this.uploadUrl = uploadUrl;
    }

    /** Slack's answer to one call. */
    ObjectNode call(String method, ObjectNode args) {
        return call(method, args, directory.team());
    }

    /** Slack's answer to one call made with a token of a workspace's (null: no token, as for oauth.v2.access). */
    ObjectNode call(String method, ObjectNode args, Directory.Team tokenTeam) {
        ObjectNode answer = answers.get(method);
        if (answer != null) {
            return answer.deepCopy();
        }
        if (method.equals("auth.test")) { // who the token is: the workspace it was given for
            return authTest(tokenTeam != null ? tokenTeam : directory.team());
        }
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

    /** From now on a method answers this, whatever it is asked (e.g. an oauth.v2.access for another team). */
    void answerWith(String method, ObjectNode answer) {
        answers.put(method, answer.deepCopy());
    }

    static boolean needsBotToken(String method) {
        return !WITHOUT_BOT_TOKEN.contains(method);
    }

    static ObjectNode ok() {
        return JSON.objectNode().put("ok", true);
    }

    static ObjectNode error(String error) {
        return JSON.objectNode().put("ok", false).put("error", error);
    }

    /** The "view" of a call or of a response_action, checked and with Slack's ids filled in. */
    static ObjectNode view(JsonNode args) {
        return BlockKitRules.view(args);
    }

    // ---- who and where

    private ObjectNode authTest(Directory.Team team) {
        return ok().put("url", "https://" + team.domain() + ".slack.com/").put("team", team.name())
                .put("user", directory.bot().name()).put("team_id", team.id()).put("user_id", directory.bot().userId())
                .put("bot_id", directory.bot().botId()).put("is_enterprise_install", false);
    }

    /** The exchange of an install's code for the bot token (who installed: the workspace's first person). */
    private ObjectNode oauthAccess(ObjectNode args) {
        if (args.path("code").asText("").isBlank()) {
            throw new Refused("invalid_code");
        }
        ObjectNode answer = ok().put("app_id", directory.bot().appId()).put("scope", "commands,chat:write,users:read")
                .put("token_type", "bot").put("access_token", botToken).put("bot_user_id", directory.bot().userId())
                .put("is_enterprise_install", false);
        answer.putObject("team").put("id", directory.team().id()).put("name", directory.team().name());
        answer.putNull("enterprise");
        answer.putObject("authed_user").put("id", directory.people().stream().findFirst().map(Person::id).orElse(""));
        return answer;
    }

    private ObjectNode usersInfo(ObjectNode args) {
        ObjectNode answer = ok();
        answer.set("user", user(directory.member(args.path("user").asText())));
        return answer;
    }

    /**
     * The workspace's members a page at a time (limit, default and at most 200 here; cursor from the
     * last page's response_metadata.next_cursor), the app's bot among them as Slack lists it.
     */
    private ObjectNode usersList(ObjectNode args) {
        List<ObjectNode> members = new ArrayList<>();
        directory.people().forEach(person -> members.add(user(person)));
        Directory.Bot bot = directory.bot();
        ObjectNode botUser = user(new Person(bot.userId(), bot.name(), bot.name())).put("is_bot", true);
        members.add(botUser);
        int limit = Math.min(Math.max(args.path("limit").asInt(200), 1), 200);
        String cursor = args.path("cursor").asText("");
        int from;
        try {
            from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor.substring(CURSOR.length()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new Refused("invalid_cursor");
        }
        ObjectNode answer = ok();
        ArrayNode page = answer.putArray("members");
        members.subList(Math.min(from, members.size()), Math.min(from + limit, members.size())).forEach(page::add);
        answer.putObject("response_metadata").put("next_cursor",
                from + limit < members.size() ? CURSOR + (from + limit) : "");
        return answer;
    }

    private ObjectNode user(Person person) {
        ObjectNode user = JSON.objectNode().put("id", person.id()).put("team_id", directory.team().id())
                .put("name", person.handle()).put("real_name", person.realName()).put("deleted", false)
                .put("is_bot", false).put("is_admin", directory.isAdmin(person.id())).put("is_owner", false)
                .put("tz", "Europe/London").put("tz_label", "Greenwich Mean Time")
                .put("tz_offset", 0);
        user.putObject("profile").put("real_name", person.realName()).put("real_name_normalized", person.realName())
                .put("display_name", person.handle()).put("display_name_normalized", person.handle())
                .put("email", person.handle() + "@example.org").put("team", directory.team().id());
        return user;
    }

    private ObjectNode conversationsOpen(ObjectNode args) {
        String users = args.path("users").asText("").strip();
        if (users.isEmpty()) {
            if (args.path("channel").asText("").isBlank()) {
                throw new Refused("users_list_not_supplied");
            }
            return channelAnswer(directory.resolve(args.path("channel").asText()));
        }
        if (users.contains(",")) {
            throw new Refused("method_not_supported_for_channel_type"); // the bot needs no group DMs
        }
        return channelAnswer(Directory.directMessages(directory.member(users).id()));
    }

    private static ObjectNode channelAnswer(Channel channel) {
        ObjectNode answer = ok();
        ObjectNode c = answer.putObject("channel").put("id", channel.id()).put("is_im", channel.isDirect())
                .put("is_channel", !channel.isDirect());
        if (channel.isDirect()) {
            c.put("user", channel.dmWith());
        } else {
            c.put("name", channel.name()).put("is_member", channel.botIsMember());
        }
        return answer;
    }

    // ---- messages

    private ObjectNode postMessage(ObjectNode args) {
        Channel channel = directory.postable(args.path("channel").asText(null));
        Timeline.Post post = timeline.post(channel.id(), directory.bot().userId(), Via.WEB_API, null, content(args));
        ObjectNode answer = ok().put("channel", channel.id()).put("ts", post.ts());
        answer.set("message", post.json(directory.bot()));
        return answer;
    }

    private ObjectNode postEphemeral(ObjectNode args) {
        Channel channel = directory.postable(args.path("channel").asText(null));
        Person person = directory.member(args.path("user").asText());
        Timeline.Post post = timeline.post(channel.id(), directory.bot().userId(), Via.WEB_API, person.id(),
                content(args));
        return ok().put("message_ts", post.ts());
    }

    private ObjectNode update(ObjectNode args) {
        Channel channel = directory.resolve(args.path("channel").asText(null));
        String ts = args.path("ts").asText();
        JsonNode blocks = BlockKitRules.messageBlocks(args);
        Timeline.Post post = timeline.find(channel.id(), ts).orElseThrow(() -> new Refused("message_not_found"));
        if (!directory.bot().userId().equals(post.author())) {
            throw new Refused("cant_update_message");
        }
        String text = args.has("text") ? args.path("text").asText("") : post.text();
        timeline.replace(channel.id(), ts, text, args.has("blocks") ? blocks : post.blocks());
        ObjectNode answer = ok().put("channel", channel.id()).put("ts", ts).put("text", text);
        answer.set("message", timeline.find(channel.id(), ts).orElseThrow().json(directory.bot()));
        return answer;
    }

    private static Content content(ObjectNode args) {
        JsonNode attachments = args.path("attachments").isArray() ? args.get("attachments") : JSON.arrayNode();
        return new Content(args.path("text").asText(""), BlockKitRules.message(args), attachments,
                args.path("thread_ts").asText(null), List.of());
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
        Person person = directory.member(args.path("user_id").asText());
        ObjectNode view = view(args);
        if (!"home".equals(view.path("type").asText())) {
            throw new Refused("invalid_arguments");
        }
        return viewAnswer(views.publish(person.id(), view));
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

    /** Completes uploaded files; named a channel, shares them there as a message from the bot holding them. */
    private ObjectNode completeUpload(ObjectNode args) {
        JsonNode items = args.path("files");
        if (!items.isArray() || items.isEmpty()) {
            throw new Refused("invalid_arguments");
        }
        String channelArg = args.path("channel_id").asText(args.path("channels").asText("").split(",")[0].strip());
        Channel channel = channelArg.isBlank() ? null : directory.postable(channelArg);
        for (JsonNode item : items) {
            Timeline.SharedFile file = timeline.file(item.path("id").asText())
                    .orElseThrow(() -> new Refused("file_not_found"));
            if (!file.uploaded()) {
                throw new Refused("file_upload_not_complete");
            }
        }
        List<Timeline.SharedFile> shared = new ArrayList<>();
        for (JsonNode item : items) {
            Timeline.SharedFile file = timeline.file(item.path("id").asText()).orElseThrow();
            shared.add(timeline.complete(file.id(), item.path("title").asText(file.name()),
                    channel == null ? null : channel.id()));
        }
        ObjectNode answer = ok();
        ArrayNode files = answer.putArray("files");
        for (Timeline.SharedFile f : shared) {
            ArrayNode in = files.addObject().put("id", f.id()).put("name", f.name()).put("title", f.title())
                    .put("size", f.bytes().length).putArray("channels");
            if (channel != null) {
                in.add(channel.id());
            }
        }
        if (channel != null) {
            timeline.post(channel.id(), directory.bot().userId(), Via.FILE_SHARE, null,
                    new Content(args.path("initial_comment").asText(""), JSON.arrayNode(), JSON.arrayNode(), null,
                            shared));
        }
        return answer;
    }
}
