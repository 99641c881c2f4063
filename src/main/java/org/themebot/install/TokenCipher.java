package org.themebot.install;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts tokens for the database with AES-256-GCM (the JDK's own provider: one fixed key from
 * THEMEBOT_ENCRYPTION_KEY needs none of Tink's keyset machinery, and adds no dependency). Each value
 * gets a fresh random 96-bit nonce, and is bound to where it belongs ({@code context}: the install
 * and the column) as associated data, so a ciphertext copied into another workspace's row does not
 * decrypt. Stored as base64 of version byte, nonce, then ciphertext with its 128-bit tag.
 */
final class TokenCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    String encrypt(String plain, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain text; fails (as {@link Undecryptable}) with another key, another context or a changed byte. */
    String decrypt(String stored, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new Undecryptable("not a stored token");
        }
        if (bytes.length < 1 + NONCE_BYTES || bytes[0] != VERSION) {
            throw new Undecryptable("not a stored token");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        byte[] sealed = new byte[in.remaining()];
        in.get(sealed);
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(sealed), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new Undecryptable("a token does not decrypt: THEMEBOT_ENCRYPTION_KEY differs from the one it was "
                    + "stored with, or the row was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A stored token this key cannot open. */
    static final class Undecryptable extends RuntimeException {
        Undecryptable(String reason) {
            super(reason);
        }
    }
}
