package org.themebot.imports;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.themebot.people.Who;

/**
 * What was read from a file, held as JSON through Jackson: records by their components, dates as
 * ISO text, and sealed types tagged with their kind — a person (a member, a name or ALL) always,
 * and whatever else the feature names. The tags are declared as mix-ins, so the records stay plain.
 */
public final class HeldJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Who.SlackUser.class, name = "user"),
            @JsonSubTypes.Type(value = Who.Named.class, name = "name"),
            @JsonSubTypes.Type(value = Who.Everyone.class, name = "all")})
    private interface WhoTags {
    }

    private final ObjectMapper json;

    /** mixIns: the feature's own sealed types, each with the interface that tags its kinds. */
    public HeldJson(Map<Class<?>, Class<?>> mixIns) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .addMixIn(Who.class, WhoTags.class)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mixIns.forEach(mapper::addMixIn);
        this.json = mapper;
    }

    public String write(Object read) {
        try {
            return json.writeValueAsString(read);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(read.getClass().getSimpleName() + " could not be kept as JSON", e);
        }
    }

    public <T> T read(String held, Class<T> type) {
        try {
            return json.readValue(held, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("held " + type.getSimpleName() + " could not be read back", e);
        }
    }
}
