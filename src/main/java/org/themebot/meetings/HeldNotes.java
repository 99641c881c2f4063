package org.themebot.meetings;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.themebot.export.ImportedNotes;
import org.themebot.people.Who;

/**
 * Notes held for confirmation, as JSON through Jackson: records by their components, dates as ISO
 * text, and the two sealed types (an entry is a note or an action; a person is a member, a name or
 * ALL) tagged with their kind. The tags are declared here, so the records stay plain.
 */
final class HeldNotes {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({@JsonSubTypes.Type(value = ImportedNotes.Note.class, name = "note"),
            @JsonSubTypes.Type(value = ImportedNotes.Action.class, name = "action")})
    private interface EntryTags {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Who.SlackUser.class, name = "user"),
            @JsonSubTypes.Type(value = Who.Named.class, name = "name"),
            @JsonSubTypes.Type(value = Who.Everyone.class, name = "all")})
    private interface WhoTags {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .addMixIn(ImportedNotes.Entry.class, EntryTags.class)
            .addMixIn(Who.class, WhoTags.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private HeldNotes() {
    }

    static String write(ImportedNotes notes) {
        try {
            return JSON.writeValueAsString(notes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("action notes could not be kept as JSON", e);
        }
    }

    static ImportedNotes read(String json) {
        try {
            return JSON.readValue(json, ImportedNotes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("held action notes could not be read back", e);
        }
    }
}
