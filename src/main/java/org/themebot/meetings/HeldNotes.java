package org.themebot.meetings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import org.themebot.export.ImportedNotes;
import org.themebot.imports.HeldJson;

/** Notes held for confirmation, as JSON ({@link HeldJson}), an entry tagged as a note or an action. */
final class HeldNotes {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ImportedNotes.Note.class, name = "note"),
            @JsonSubTypes.Type(value = ImportedNotes.Action.class, name = "action")})
    private interface EntryTags {
    }

    private static final HeldJson JSON = new HeldJson(Map.of(ImportedNotes.Entry.class, EntryTags.class));

    private HeldNotes() {
    }

    static String write(ImportedNotes notes) {
        return JSON.write(notes);
    }

    static ImportedNotes read(String json) {
        return JSON.read(json, ImportedNotes.class);
    }
}
