package org.themebot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature (v0: HMAC-SHA256 of {@code v0:<timestamp>:<body>} with the signing
 * secret), checked on the raw body before anything else reads it, and the timestamp within 5
 * minutes of real time either way (Bolt's own check lets future timestamps through).
 */
final class RequestSignature {

    private static final Duration FRESHNESS = Duration.ofMinutes(5);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final ThreadLocal<Mac> macs;
    /** Signatures are about real time, whatever clock the domain runs on (tests move that one). */
    private final Clock wallClock = Clock.systemUTC();

    RequestSignature(String signingSecret) {
        SecretKeySpec key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || !signature.startsWith("v0=")) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(wallClock.millis() - seconds * 1000) > FRESHNESS.toMillis()) {
            return false;
        }
        Mac mac = macs.get();
        mac.reset();
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        byte[] digest = mac.doFinal(body);
        byte[] expected = new byte[3 + digest.length * 2];
        expected[0] = 'v';
        expected[1] = '0';
        expected[2] = '=';
        for (int i = 0; i < digest.length; i++) {
            expected[3 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
            expected[4 + 2 * i] = HEX[digest[i] & 0xf];
        }
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
