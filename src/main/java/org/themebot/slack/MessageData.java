package org.themebot.slack;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.themebot.people.Who;

/**
 * The domain data of queued messages as JSON: records by their components (nothing derived),
 * dates and instants as ISO text, {@link Who} as its stored kind and value.
 */
final class MessageData {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("who")
                    .addSerializer(Who.class, new WhoWriter())
                    .addDeserializer(Who.class, new WhoReader()))
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MessageData() {
    }

    /** The data as a JSON tree, made in one pass (no text in between). */
    static JsonNode toTree(Object data) {
        try {
            return JSON.valueToTree(data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot keep " + data.getClass().getName() + " as JSON", e);
        }
    }

    static <T> T read(JsonNode json, Class<T> type) {
        try {
            return JSON.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getName() + " from JSON", e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class WhoWriter extends JsonSerializer<Who> {
        @Override
        public void serialize(Who who, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("kind", who.kind());
            out.writeStringField("value", who.value());
            out.writeEndObject();
        }
    }

    private static final class WhoReader extends JsonDeserializer<Who> {
        @Override
        public Who deserialize(JsonParser in, DeserializationContext context) throws IOException {
            JsonNode node = in.readValueAsTree();
            return Who.of(node.path("kind").asText(), node.path("value").asText());
        }
    }
}
