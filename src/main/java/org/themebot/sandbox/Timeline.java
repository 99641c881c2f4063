package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * What has been said in the workspace, in order: messages, ephemerals (seen by one person only)
 * and shared files. Every change moves {@link #version()}, so the page polls cheaply; every post
 * takes the engine's next sequence number, so a test can ask for what came after a point.
 */
public final class Timeline {

    /** How a post came to be. */
    public enum Via {
        /** a person typed it */
        MESSAGE,
        /** the echo of a slash command that its typer sees */
        COMMAND,
        /** the reply in the app's acknowledgement of a command */
        ACK,
        /** chat.postMessage, or chat.postEphemeral when it is for one person */
        WEB_API,
        RESPONSE_URL,
        FILE_SHARE,
        /** Slack itself, telling someone a command failed */
        SLACKBOT
    }

    /**
     * A file shared in the workspace: by the bot (asked for an upload URL, sent the bytes, then
     * completed into a channel, if named) or by a person with a message. urlPrivate is where Slack
     * serves its bytes to a client with a token.
     */
    public record SharedFile(String id, String name, String title, byte[] bytes, boolean uploaded, boolean completed,
                             String channel, String urlPrivate) {

        /** Slack's filetype: the extension, in lower case ("docx"). */
        public String filetype() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "binary" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        public String mimetype() {
            return switch (filetype()) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "doc" -> "application/msword";
                case "pdf" -> "application/pdf";
                case "csv" -> "text/csv";
                case "md", "txt" -> "text/plain";
                case "html" -> "text/html";
                default -> "application/octet-stream";
            };
        }

        /** The file as a message's "files" array has it. */
        ObjectNode json(String author, Instant at) {
            return JsonNodeFactory.instance.objectNode().put("id", id).put("created", at.getEpochSecond())
                    .put("timestamp", at.getEpochSecond()).put("name", name).put("title", title)
                    .put("mimetype", mimetype()).put("filetype", filetype()).put("user", author).put("mode", "hosted")
                    .put("editable", false).put("is_external", false).put("is_public", true).put("size", bytes.length)
                    .put("url_private", urlPrivate).put("url_private_download", urlPrivate);
        }
    }

    /** What a post says. */
    public record Content(String text, JsonNode blocks, JsonNode attachments, String threadTs, List<SharedFile> files) {

        public static Content of(String text, JsonNode blocks) {
            return new Content(text, blocks, JsonNodeFactory.instance.arrayNode(), null, List.of());
        }
    }

    /**
     * One entry of a conversation. author is a user id (the bot's for its messages); onlyFor is the
     * one person who sees it, or null when the whole channel does; updates counts its changes.
     */
    public record Post(long seq, Instant at, String ts, String channel, String author, Via via, String onlyFor,
                       Content content, int updates) {

        public boolean visibleTo(String userId) {
            return onlyFor == null || onlyFor.equals(userId);
        }

        /** The echo of a slash command its typer sees. */
        public boolean typed() {
            return via == Via.COMMAND;
        }

        public String text() {
            return content.text();
        }

        public JsonNode blocks() {
            return content.blocks();
        }

        public List<SharedFile> files() {
            return content.files();
        }

        /** The post as Slack puts it in an answer or a payload (bot_id when the app's bot wrote it). */
        public ObjectNode json(Directory.Bot bot) {
            ObjectNode message = JsonNodeFactory.instance.objectNode().put("type", "message").put("ts", ts)
                    .put("text", text()).put("user", author);
            if (bot.userId().equals(author)) {
                message.put("bot_id", bot.botId());
            }
            message.set("blocks", blocks());
            message.set("attachments", content.attachments());
            if (!files().isEmpty()) {
                ArrayNode files = message.putArray("files");
                files().forEach(f -> files.add(f.json(author, at)));
            }
            return message;
        }
    }

    private final Clock clock;
    private final AtomicLong sequence;
    private final UnaryOperator<String> privateUrl;
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, SharedFile> files = new LinkedHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private long tsCounter;

    /**
     * sequence: the engine's order of requests and posts, shared with its call log; privateUrl: a
     * file's url_private by its id.
     */
    Timeline(Clock clock, AtomicLong sequence, UnaryOperator<String> privateUrl) {
        this.clock = clock;
        this.sequence = sequence;
        this.privateUrl = privateUrl;
    }

    long version() {
        return version.get();
    }

    /** Something else the page shows changed (a modal, a home tab). */
    void touch() {
        version.incrementAndGet();
    }

    /** Adds a post with a ts unique like Slack's ("seconds.sequence"). */
    synchronized Post post(String channel, String author, Via via, String onlyFor, Content content) {
        tsCounter++;
        String ts = clock.instant().getEpochSecond() + "." + String.format("%06d", tsCounter);
        Post post = new Post(sequence.incrementAndGet(), clock.instant(), ts, channel, author, via, onlyFor,
                new Content(content.text(), content.blocks(), content.attachments(), content.threadTs(),
                        List.copyOf(content.files())), 0);
        posts.add(post);
        touch();
        return post;
    }

    synchronized Optional<Post> find(String channel, String ts) {
        return posts.stream().filter(p -> p.ts().equals(ts) && p.channel().equals(channel)).findFirst();
    }

    /** Replaces a post's text and blocks (chat.update, replace_original); false when there is no such post. */
    synchronized boolean replace(String channel, String ts, String text, JsonNode blocks) {
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (p.ts().equals(ts) && p.channel().equals(channel)) {
                Content was = p.content();
                posts.set(i, new Post(p.seq(), p.at(), ts, channel, p.author(), p.via(), p.onlyFor(),
                        new Content(text, blocks, was.attachments(), was.threadTs(), was.files()), p.updates() + 1));
                touch();
                return true;
            }
        }
        return false;
    }

    synchronized boolean delete(String channel, String ts) {
        boolean removed = posts.removeIf(p -> p.ts().equals(ts) && p.channel().equals(channel));
        if (removed) {
            touch();
        }
        return removed;
    }

    /** A conversation as one person sees it. */
    synchronized List<Post> conversation(String channel, String viewer) {
        return posts.stream().filter(p -> p.channel().equals(channel) && p.visibleTo(viewer)).toList();
    }

    /** Every post in every conversation, in order. */
    public synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    // ---- files

    synchronized SharedFile newFile(String name) {
        String id = Workspace.newId("F");
        SharedFile file = new SharedFile(id, name, name, new byte[0], false, false, null, privateUrl.apply(id));
        files.put(file.id(), file);
        return file;
    }

    /** A person shares a file in a channel, with a message (text may be empty), as Slack's upload dialog does. */
    synchronized Post share(String channel, String author, String text, String name, byte[] bytes) {
        SharedFile file = keep(name, bytes, channel);
        return post(channel, author, Via.MESSAGE, null, new Content(text, JsonNodeFactory.instance.arrayNode(),
                JsonNodeFactory.instance.arrayNode(), null, List.of(file)));
    }

    /** A file a person uploads: into a channel, or (channel null) through a form's file input, shared nowhere. */
    synchronized SharedFile keep(String name, byte[] bytes, String channel) {
        String id = Workspace.newId("F");
        SharedFile file = new SharedFile(id, name, name, bytes.clone(), true, true, channel, privateUrl.apply(id));
        files.put(id, file);
        return file;
    }

    /** A file as a form's file input hands it over with a submission, the person who picked it as its owner. */
    synchronized Optional<ObjectNode> picked(String fileId, String userId) {
        return file(fileId).map(f -> f.json(userId, clock.instant()));
    }

    /** Stores the bytes sent to a file's upload URL; false when no such file was asked for. */
    synchronized boolean upload(String fileId, byte[] bytes) {
        SharedFile file = files.get(fileId);
        if (file == null) {
            return false;
        }
        files.put(fileId, new SharedFile(fileId, file.name(), file.title(), bytes, true, file.completed(),
                file.channel(), file.urlPrivate()));
        return true;
    }

    synchronized Optional<SharedFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    /** files.completeUploadExternal: the file takes its title and, if shared, its channel. */
    synchronized SharedFile complete(String fileId, String title, String channel) {
        SharedFile file = files.get(fileId);
        SharedFile completed = new SharedFile(fileId, file.name(), title, file.bytes(), file.uploaded(), true, channel,
                file.urlPrivate());
        files.put(fileId, completed);
        return completed;
    }

    /** Every file asked for, in order. */
    public synchronized List<SharedFile> files() {
        return List.copyOf(files.values());
    }
}
