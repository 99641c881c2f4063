package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class AppManifestTest {

    @Test
    void theShippedManifestGivesTheSlashCommandsWithTheirUsage() {
        AppManifest manifest = AppManifest.shipped();

        assertThat(manifest.commands()).extracting(AppManifest.Command::command)
                .contains("/action", "/meeting", "/themegroup", "/themebot");
        assertThat(manifest.command("/meeting")).hasValueSatisfying(c -> assertThat(c.usageHint()).contains("start"));
        assertThat(manifest.command("/nosuch")).isEmpty();
        assertThat(manifest.messagesReadOnly()).isTrue();
    }

    @Test
    void shortcutsAreReadWithTheirKindAndCallbackId() throws Exception {
        AppManifest manifest = AppManifest.of(new ObjectMapper(new YAMLFactory()).readTree("""
                features:
                  shortcuts:
                    - name: Record as action
                      type: message
                      callback_id: record_as_action
                      description: Turns this message into an action
                """));

        assertThat(manifest.shortcut("record_as_action")).hasValue(new AppManifest.Shortcut("Record as action",
                "message", "record_as_action", "Turns this message into an action"));
        assertThat(manifest.commands()).isEmpty();
        assertThat(manifest.messagesReadOnly()).isFalse();
    }
}
