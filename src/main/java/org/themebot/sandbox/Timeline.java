package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What has been said in the sandbox workspace, in order: messages, ephemerals (seen by one person
 * only) and shared files. Every change moves {@link #version()}, so the page polls cheaply.
 */
final class Timeline {

    /** A file the bot shares: asked for an upload URL, sent the bytes, then completed into a channel. */
    record SharedFile(String id, String name, String title, byte[] bytes, boolean uploaded) {
    }

    /**
     * One entry of a conversation. author is a user id (the bot's for its messages); onlyFor is the
     * one person who sees it, or null when the whole channel does; typed marks the echo of a slash
     * command its typer sees.
     */
    record Post(String ts, String channel, String author, String text, JsonNode blocks, List<SharedFile> files,
                String onlyFor, boolean typed) {

        boolean visibleTo(String userId) {
            return onlyFor == null || onlyFor.equals(userId);
        }
    }

    private final Clock clock;
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, SharedFile> files = new LinkedHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private long tsCounter;

    Timeline(Clock clock) {
        this.clock = clock;
    }

    long version() {
        return version.get();
    }

    /** Something else the page shows changed (a modal, a home tab). */
    void touch() {
        version.incrementAndGet();
    }

    /** Adds a post; returns its ts, unique like Slack's ("seconds.sequence"). */
    synchronized String post(String channel, String author, String text, JsonNode blocks, List<SharedFile> shared,
                             String onlyFor, boolean typed) {
        tsCounter++;
        String ts = clock.instant().getEpochSecond() + "." + String.format("%06d", tsCounter);
        posts.add(new Post(ts, channel, author, text, blocks, List.copyOf(shared), onlyFor, typed));
        touch();
        return ts;
    }

    synchronized Optional<Post> find(String channel, String ts) {
        return posts.stream().filter(p -> p.ts().equals(ts) && p.channel().equals(channel)).findFirst();
    }

    /** Replaces a post's text and blocks (chat.update, replace_original); false when there is no such post. */
    synchronized boolean replace(String channel, String ts, String text, JsonNode blocks) {
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (p.ts().equals(ts) && p.channel().equals(channel)) {
                posts.set(i, new Post(ts, channel, p.author(), text, blocks, p.files(), p.onlyFor(), p.typed()));
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

    // ---- files

    synchronized SharedFile newFile(String name) {
        SharedFile file = new SharedFile(Workspace.newId("F"), name, name, new byte[0], false);
        files.put(file.id(), file);
        return file;
    }

    /** Stores the bytes sent to a file's upload URL; false when no such file was asked for. */
    synchronized boolean upload(String fileId, byte[] bytes) {
        SharedFile file = files.get(fileId);
        if (file == null) {
            return false;
        }
        files.put(fileId, new SharedFile(fileId, file.name(), file.title(), bytes, true));
        return true;
    }

    synchronized Optional<SharedFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    synchronized SharedFile retitle(String fileId, String title) {
        SharedFile file = files.get(fileId);
        SharedFile titled = new SharedFile(fileId, file.name(), title, file.bytes(), file.uploaded());
        files.put(fileId, titled);
        return titled;
    }
}
