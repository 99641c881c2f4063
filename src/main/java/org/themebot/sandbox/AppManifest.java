package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Slack knows of the app from its manifest (config/slack-manifest.yml, shipped in the jar):
 * its slash commands and shortcuts, and whether people may write in its Messages tab. The sandbox
 * offers exactly these, as Slack would.
 */
record AppManifest(List<Command> commands, List<Shortcut> shortcuts, boolean messagesReadOnly) {

    record Command(String command, String description, String usageHint) {
    }

    /** type is "message" (on a message's menu) or "global". */
    record Shortcut(String name, String type, String callbackId, String description) {
    }

    static AppManifest shipped() {
        try (InputStream in = AppManifest.class.getResourceAsStream("/slack-manifest.yml")) {
            if (in == null) {
                throw new IllegalStateException("slack-manifest.yml is missing from the classpath");
            }
            return of(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AppManifest of(JsonNode manifest) {
        List<Command> commands = new ArrayList<>();
        manifest.path("features").path("slash_commands").forEach(c -> commands.add(new Command(
                c.path("command").asText(), c.path("description").asText(""), c.path("usage_hint").asText(""))));
        List<Shortcut> shortcuts = new ArrayList<>();
        manifest.path("features").path("shortcuts").forEach(s -> shortcuts.add(new Shortcut(s.path("name").asText(),
                s.path("type").asText(), s.path("callback_id").asText(), s.path("description").asText(""))));
        boolean readOnly = manifest.path("features").path("app_home").path("messages_tab_read_only_enabled")
                .asBoolean(false);
        return new AppManifest(List.copyOf(commands), List.copyOf(shortcuts), readOnly);
    }

    Optional<Command> command(String name) {
        return commands.stream().filter(c -> c.command().equals(name)).findFirst();
    }

    Optional<Shortcut> shortcut(String callbackId) {
        return shortcuts.stream().filter(s -> s.callbackId().equals(callbackId)).findFirst();
    }
}
