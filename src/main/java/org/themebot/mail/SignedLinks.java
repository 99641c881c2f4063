package org.themebot.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one-click links in mail: {@code <public url>/mail/<purpose>/<token>}, where the token is the
 * grant ({@link LinkGrant}) as JSON and its HMAC-SHA256, both base64url. The key is derived from
 * the deployment's Slack signing secret with a label of its own, so nothing new is stored and the
 * links' key is no other key; a new signing secret retires every link.
 */
public final class SignedLinks {

    public static final Duration VALIDITY = Duration.ofDays(30);
    static final String PATH_PREFIX = "/mail/";
    private static final String KEY_LABEL = "themebot mail links v1";
    private static final String HMAC = "HmacSHA256";
    private static final int MAX_TOKEN = 2048;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Supplier<URI> publicUrl;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    public SignedLinks(String signingSecret, URI publicUrl, Clock clock) {
        this(signingSecret, () -> publicUrl, clock, VALIDITY);
    }

    /**
     * {@code publicUrl} is asked each time a link is made: without THEMEBOT_PUBLIC_URL it is the
     * address themebot listens at, known only once it listens (port 0 in tests).
     */
    public SignedLinks(String signingSecret, Supplier<URI> publicUrl, Clock clock, Duration validity) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), HMAC),
                KEY_LABEL.getBytes(StandardCharsets.UTF_8)), HMAC);
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.validity = validity;
    }

    /** Reading a link back: valid, expired, or not one of ours (altered, cut short, for another purpose). */
    public sealed interface Reading {
        record Valid(LinkGrant grant) implements Reading {
        }

        record Expired(LinkGrant grant) implements Reading {
        }

        record Forged() implements Reading {
        }
    }

    /** Marks the action done, as {@code person}. */
    public URI done(long actionId, String person) {
        return link(LinkPurpose.DONE, actionId, person);
    }

    /** Adds a progress update to the action, as {@code person}. */
    public URI update(long actionId, String person) {
        return link(LinkPurpose.UPDATE, actionId, person);
    }

    /** Stops the group's reminders and digests to {@code person}. */
    public URI unsubscribe(long groupId, String person) {
        return link(LinkPurpose.UNSUBSCRIBE, groupId, person);
    }

    public Reading read(String purposeInPath, String token) {
        Optional<LinkGrant> grant = LinkPurpose.fromPath(purposeInPath).flatMap(purpose -> verified(token)
                .filter(g -> g.purpose() == purpose));
        if (grant.isEmpty()) {
            return new Reading.Forged();
        }
        return clock.instant().isBefore(grant.get().expires()) ? new Reading.Valid(grant.get())
                : new Reading.Expired(grant.get());
    }

    private URI link(LinkPurpose purpose, long subjectId, String person) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        LinkGrant grant = new LinkGrant(purpose, subjectId, person, clock.instant().plus(validity),
                BASE64.encodeToString(id));
        String base = publicUrl.get().toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(base + PATH_PREFIX + purpose.pathName() + "/" + token(grant));
    }

    private String token(LinkGrant grant) {
        ObjectNode json = JSON.createObjectNode()
                .put("p", grant.purpose().pathName())
                .put("s", grant.subjectId())
                .put("n", grant.person())
                .put("e", grant.expires().getEpochSecond())
                .put("i", grant.linkId());
        String payload = BASE64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + BASE64.encodeToString(hmac(key, payload.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The grant, if the token is one we signed, whole and unaltered. */
    private Optional<LinkGrant> verified(String token) {
        int dot = token.indexOf('.');
        if (token.length() > MAX_TOKEN || dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            byte[] expected = hmac(key, payload.getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, signature)) {
                return Optional.empty();
            }
            JsonNode json = JSON.readTree(Base64.getUrlDecoder().decode(payload));
            return LinkPurpose.fromPath(json.path("p").asText()).map(purpose -> new LinkGrant(purpose,
                    json.path("s").asLong(), json.path("n").asText(), Instant.ofEpochSecond(json.path("e").asLong()),
                    json.path("i").asText()));
        } catch (IllegalArgumentException | IOException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
