package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.themebot.it.FakeSlack.Ephemeral;
import org.themebot.it.FakeSlack.Message;
import org.themebot.it.FakeSlack.UploadedFile;

/**
 * The Web API methods FakeSlack plays, with the state they keep: the user and channel directory,
 * posted messages, ephemerals, views and files. Every method runs under FakeSlack's lock.
 */
final class FakeWebApi {

    /** Slack's {"ok": false, "error": ...}. */
    static final class SlackError extends RuntimeException {
        private final String error;

        SlackError(String error) {
            super(error);
            this.error = error;
        }

        String error() {
            return error;
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FakeSlack fake;
    private final Map<String, Function<ObjectNode, ObjectNode>> methods = new HashMap<>();
    private final Map<String, ObjectNode> users = new LinkedHashMap<>();
    private final Map<String, String> channels = new LinkedHashMap<>();
    private final Map<String, String> dms = new LinkedHashMap<>(); // user id -> D channel id
    final List<Message> messages = new ArrayList<>();
    final List<Ephemeral> ephemerals = new ArrayList<>();
    final Map<String, ObjectNode> views = new LinkedHashMap<>();
    final Map<String, UploadedFile> files = new LinkedHashMap<>();
    private long tsCounter;
    /** The seq of the request being handled, stamped on what it creates. */
    private long currentSeq;

    FakeWebApi(FakeSlack fake) {
        this.fake = fake;
        methods.put("auth.test", this::authTest);
        methods.put("users.info", args -> ok().set("user", user(args.path("user").asText()).deepCopy()));
        methods.put("conversations.open", this::conversationsOpen);
        methods.put("chat.postMessage", this::postMessage);
        methods.put("chat.postEphemeral", this::postEphemeral);
        methods.put("chat.update", this::update);
        methods.put("views.open", args -> storeView(args, null, "open"));
        methods.put("views.push", args -> storeView(args, null, "push"));
        methods.put("views.update", this::updateView);
        methods.put("views.publish", args -> {
            user(args.path("user_id").asText());
            return storeView(args, null, "home");
        });
        methods.put("files.getUploadURLExternal", this::uploadUrl);
        methods.put("files.completeUploadExternal", this::completeUpload);
    }

    /** The answer to one API call (an ok:false answer for an unknown method or a Slack error). */
    ObjectNode call(String method, ObjectNode args, long seq) {
        currentSeq = seq;
        Function<ObjectNode, ObjectNode> handler = methods.get(method);
        if (handler == null) {
            return error("unknown_method");
        }
        try {
            return handler.apply(args);
        } catch (SlackError e) {
            return error(e.error());
        }
    }

    // ---- directory

    void addUser(String userId, String realName) {
        String handle = realName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", ".").replaceAll("^\\.|\\.$", "");
        ObjectNode user = JSON.objectNode()
                .put("id", userId).put("team_id", fake.teamId()).put("name", handle).put("deleted", false)
                .put("real_name", realName).put("tz", "Europe/London").put("tz_label", "Greenwich Mean Time")
                .put("tz_offset", 0).put("is_bot", false).put("updated", 1220400000);
        ObjectNode profile = user.putObject("profile");
        profile.put("real_name", realName).put("real_name_normalized", realName)
                .put("display_name", handle).put("display_name_normalized", handle)
                .put("email", handle + "@example.org").put("team", fake.teamId());
        users.put(userId, user);
    }

    void addChannel(String channelId, String name) {
        channels.put(channelId, name);
    }

    String handle(String userId) {
        ObjectNode user = users.get(userId);
        return user == null ? userId.toLowerCase(Locale.ROOT) : user.path("name").asText();
    }

    String channelName(String channelId) {
        if (channelId.startsWith("D")) {
            return "directmessage";
        }
        return channels.getOrDefault(channelId, channelId.toLowerCase(Locale.ROOT));
    }

    /** The bot's DM channel with a user, made on first use. */
    String dmChannel(String userId) {
        return dms.computeIfAbsent(userId, u -> "D" + Integer.toHexString(u.hashCode()).toUpperCase(Locale.ROOT));
    }

    String dmUser(String channelId) {
        return dms.entrySet().stream().filter(e -> e.getValue().equals(channelId)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private ObjectNode user(String userId) {
        ObjectNode user = users.get(userId);
        if (user == null) {
            throw new SlackError("user_not_found");
        }
        return user;
    }

    private String resolveChannel(String channel) {
        if (channel == null || channel.isEmpty()) {
            throw new SlackError("channel_not_found");
        }
        if (channel.startsWith("#")) {
            return channels.entrySet().stream().filter(e -> e.getValue().equals(channel.substring(1)))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new SlackError("channel_not_found"));
        }
        if (channels.containsKey(channel)) {
            return channel;
        }
        if ((channel.startsWith("U") || channel.startsWith("W")) && users.containsKey(channel)) {
            return dmChannel(channel);
        }
        if (channel.startsWith("D") && dmUser(channel) != null) {
            return channel;
        }
        throw new SlackError("channel_not_found");
    }

    // ---- methods

    private ObjectNode authTest(ObjectNode args) {
        return ok().put("url", "https://" + fake.teamDomain() + ".slack.com/").put("team", "Theme Group")
                .put("user", "themebot").put("team_id", fake.teamId()).put("user_id", FakeSlack.BOT_USER_ID)
                .put("bot_id", FakeSlack.BOT_ID).put("is_enterprise_install", false);
    }

    private ObjectNode conversationsOpen(ObjectNode args) {
        if (!args.path("channel").asText().isEmpty()) {
            return channelAnswer(resolveChannel(args.path("channel").asText()));
        }
        List<String> ids = new ArrayList<>();
        for (String id : args.path("users").asText().split(",")) {
            if (!id.isBlank()) {
                user(id.strip());
                ids.add(id.strip());
            }
        }
        if (ids.isEmpty()) {
            throw new SlackError("users_list_not_supplied");
        }
        String id = ids.size() == 1 ? dmChannel(ids.get(0))
                : "G" + Integer.toHexString(String.join(",", ids.stream().sorted().toList()).hashCode())
                        .toUpperCase(Locale.ROOT);
        return channelAnswer(id);
    }

    private ObjectNode channelAnswer(String id) {
        ObjectNode answer = ok();
        answer.putObject("channel").put("id", id);
        return answer;
    }

    private ObjectNode postMessage(ObjectNode args) {
        String channel = resolveChannel(args.path("channel").asText(null));
        requireContent(args);
        checkLimits(args);
        String ts = nextTs();
        Message message = new Message(currentSeq, fake.now(), channel, ts, args.path("text").asText(""),
                withIds(args.path("blocks")), args.path("attachments").isArray() ? args.get("attachments") : JSON.arrayNode(),
                args.path("thread_ts").asText(null), dmUser(channel), 0, args);
        messages.add(message);
        ObjectNode answer = ok().put("channel", channel).put("ts", ts);
        answer.set("message", message.json());
        return answer;
    }

    private ObjectNode postEphemeral(ObjectNode args) {
        String channel = resolveChannel(args.path("channel").asText(null));
        user(args.path("user").asText());
        requireContent(args);
        checkLimits(args);
        String ts = nextTs();
        ephemerals.add(new Ephemeral(currentSeq, fake.now(), channel, args.path("user").asText(), ts,
                args.path("text").asText(""), withIds(args.path("blocks")), args));
        return ok().put("message_ts", ts);
    }

    private ObjectNode update(ObjectNode args) {
        String channel = resolveChannel(args.path("channel").asText(null));
        checkLimits(args);
        String ts = args.path("ts").asText();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.channel().equals(channel) && m.ts().equals(ts)) {
                Message updated = new Message(m.seq(), m.at(), m.channel(), m.ts(),
                        args.has("text") ? args.path("text").asText("") : m.text(),
                        args.has("blocks") ? withIds(args.get("blocks")) : m.blocks(),
                        args.has("attachments") ? args.get("attachments") : m.attachments(),
                        m.threadTs(), m.dmUser(), m.updates() + 1, m.args());
                messages.set(i, updated);
                ObjectNode answer = ok().put("channel", channel).put("ts", ts).put("text", updated.text());
                answer.set("message", updated.json());
                return answer;
            }
        }
        throw new SlackError("message_not_found");
    }

    private ObjectNode storeView(ObjectNode args, String viewId, String kind) {
        if (kind.equals("open") || kind.equals("push")) {
            if (args.path("trigger_id").asText().isEmpty()) {
                throw new SlackError("invalid_arguments");
            }
        }
        if (!args.path("view").isObject()) {
            throw new SlackError("invalid_arguments");
        }
        String id = viewId != null ? viewId : "V" + shortId();
        ObjectNode view = ((ObjectNode) args.get("view")).deepCopy();
        view.put("id", id).put("team_id", fake.teamId()).put("hash", System.currentTimeMillis() + "." + shortId())
                .put("root_view_id", id).put("app_id", FakeSlack.APP_ID).put("bot_id", FakeSlack.BOT_ID)
                .put("_kind", kind).put("_user", args.path("user_id").asText(null));
        view.putObject("state").putObject("values");
        views.put(id, view);
        ObjectNode answer = ok();
        answer.set("view", view.deepCopy());
        return answer;
    }

    private ObjectNode updateView(ObjectNode args) {
        String id = args.path("view_id").asText(null);
        if (id == null && args.hasNonNull("external_id")) {
            id = views.entrySet().stream()
                    .filter(e -> e.getValue().path("external_id").asText().equals(args.get("external_id").asText()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        if (id == null || !views.containsKey(id)) {
            throw new SlackError("not_found");
        }
        return storeView(args, id, "update");
    }

    private ObjectNode uploadUrl(ObjectNode args) {
        if (args.path("filename").asText().isEmpty() || args.path("length").asText().isEmpty()) {
            throw new SlackError("invalid_arguments");
        }
        String id = "F" + shortId();
        files.put(id, new UploadedFile(id, args.get("filename").asText(), null, null, new byte[0], false, false,
                null, currentSeq, fake.now()));
        return ok().put("upload_url", fake.baseUrl() + "/upload/" + id).put("file_id", id);
    }

    /** The bytes POSTed to an upload_url; false when no such file was asked for. */
    boolean upload(String fileId, byte[] bytes) {
        UploadedFile file = files.get(fileId);
        if (file == null) {
            return false;
        }
        files.put(fileId, new UploadedFile(file.id(), file.name(), file.title(), file.channel(), bytes, true,
                file.complete(), file.initialComment(), file.seq(), file.at()));
        return true;
    }

    private ObjectNode completeUpload(ObjectNode args) {
        JsonNode items = args.path("files");
        if (!items.isArray() || items.isEmpty()) {
            throw new SlackError("invalid_arguments");
        }
        String channelArg = args.path("channel_id").asText("");
        if (channelArg.isEmpty()) {
            channelArg = args.path("channels").asText("").split(",")[0].strip();
        }
        String channel = channelArg.isEmpty() ? null : resolveChannel(channelArg);
        for (JsonNode item : items) {
            UploadedFile file = files.get(item.path("id").asText());
            if (file == null) {
                throw new SlackError("file_not_found");
            }
            if (!file.uploaded()) {
                throw new SlackError("file_upload_not_complete");
            }
        }
        ArrayNode out = JSON.arrayNode();
        for (JsonNode item : items) {
            UploadedFile f = files.get(item.get("id").asText());
            String title = item.path("title").asText(f.name());
            files.put(f.id(), new UploadedFile(f.id(), f.name(), title, channel, f.bytes(), true, true,
                    args.path("initial_comment").asText(null), f.seq(), f.at()));
            ObjectNode answer = out.addObject().put("id", f.id()).put("name", f.name()).put("title", title)
                    .put("size", f.bytes().length);
            ArrayNode in = answer.putArray("channels");
            if (channel != null) {
                in.add(channel);
            }
        }
        ObjectNode answer = ok();
        answer.set("files", out);
        return answer;
    }

    // ---- Slack's rules

    private static void requireContent(ObjectNode args) {
        if (args.path("text").asText("").isEmpty() && !args.path("blocks").isArray()
                && !args.path("attachments").isArray()) {
            throw new SlackError("no_text");
        }
    }

    /** Slack's limits: 50 blocks, 3000 chars per section text, 2000 per field, 150 per header. */
    private static void checkLimits(ObjectNode args) {
        JsonNode blocks = args.path("blocks");
        if (blocks.isArray()) {
            if (blocks.size() > 50) {
                throw new SlackError("invalid_blocks");
            }
            for (JsonNode block : blocks) {
                String type = block.path("type").asText();
                if (type.equals("section")) {
                    if (block.path("text").path("text").asText("").length() > 3000) {
                        throw new SlackError("invalid_blocks");
                    }
                    for (JsonNode field : block.path("fields")) {
                        if (field.path("text").asText("").length() > 2000) {
                            throw new SlackError("invalid_blocks");
                        }
                    }
                } else if (type.equals("header") && block.path("text").path("text").asText("").length() > 150) {
                    throw new SlackError("invalid_blocks");
                }
            }
        } else if (blocks.isTextual() && !blocks.asText().isBlank()) {
            throw new SlackError("invalid_blocks_format"); // a blocks argument that is not a JSON array
        }
        if (args.path("text").asText("").length() > 40_000) {
            throw new SlackError("msg_too_long");
        }
    }

    /** A copy of blocks with the block_id / action_id Slack fills in when an app leaves them out. */
    private static JsonNode withIds(JsonNode blocks) {
        if (!blocks.isArray()) {
            return JSON.arrayNode();
        }
        ArrayNode out = blocks.deepCopy();
        for (JsonNode block : out) {
            if (!(block instanceof ObjectNode b)) {
                continue;
            }
            if (!b.has("block_id")) {
                b.put("block_id", shortId());
            }
            List<JsonNode> elements = new ArrayList<>();
            if (b.path("type").asText().equals("actions")) {
                b.path("elements").forEach(elements::add);
            }
            if (b.path("accessory").isObject()) {
                elements.add(b.get("accessory"));
            }
            for (JsonNode e : elements) {
                if (e instanceof ObjectNode element && !element.has("action_id")) {
                    element.put("action_id", shortId());
                }
            }
        }
        return out;
    }

    private String nextTs() {
        tsCounter++;
        return fake.now().getEpochSecond() + "." + String.format("%06d", tsCounter);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static ObjectNode ok() {
        return JSON.objectNode().put("ok", true);
    }

    static ObjectNode error(String error) {
        return JSON.objectNode().put("ok", false).put("error", error);
    }
}
