package org.themebot.mail;

/**
 * What became of one mail, for the outbox: sent; worth trying again later; or refused for good,
 * with the server's reply (e.g. "550 5.1.1 No such user") to report to the secretary.
 */
public sealed interface SendOutcome {

    /** The server took the message; its reply usually names its queue id. */
    record Sent(String reply) implements SendOutcome {
    }

    /** A 4xx reply (code), or no reply at all (code 0): refused, timed out, TLS or login failed. */
    record Temporary(int code, String reply) implements SendOutcome {
    }

    /** A 5xx reply about this message or its recipient: trying again cannot help. */
    record Permanent(String recipient, int code, String reply) implements SendOutcome {
    }
}
