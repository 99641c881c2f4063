package org.themebot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a modal carries from where it was opened to its submission ({@code private_metadata}),
 * signed for the workspace and person it was opened for: a submission naming another channel,
 * or a message that is not the one the modal was opened from, is refused instead of trusted.
 * The key is derived from the signing secret, so nothing new has to be kept secret.
 */
public final class SignedMetadata {

    private final byte[] key;

    public SignedMetadata(String signingSecret) {
        this.key = hmac(signingSecret.getBytes(StandardCharsets.UTF_8), "themebot private_metadata v1");
    }

    /** {@code value}, signed for a team and user. */
    public String sign(String value, String teamId, String userId) {
        return value + "~" + signature(value, teamId, userId);
    }

    /** The value, if the metadata was signed by us for this team and user. */
    public Optional<String> verify(String metadata, String teamId, String userId) {
        if (metadata == null) {
            return Optional.empty();
        }
        int cut = metadata.lastIndexOf('~');
        if (cut < 0) {
            return Optional.empty();
        }
        String value = metadata.substring(0, cut);
        byte[] expected = signature(value, teamId, userId).getBytes(StandardCharsets.US_ASCII);
        byte[] given = metadata.substring(cut + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(value) : Optional.empty();
    }

    private String signature(String value, String teamId, String userId) {
        String signed = teamId + "\n" + userId + "\n" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, signed));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
