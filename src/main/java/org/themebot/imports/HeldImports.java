package org.themebot.imports;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;

/**
 * What a chair or secretary brought in from a Word file, held — not in the preview modal, which
 * carries only an unguessable id — while she checks it, for her alone in that channel, until she
 * confirms it (once) or it expires. Both run in the caller's transaction, so a confirmation that
 * fails part-way lets go of nothing.
 */
public final class HeldImports {

    /** How long a preview waits to be confirmed. */
    public static final Duration HELD_FOR = Duration.ofHours(2);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What is held: action notes or an action plan; a preview of one is never confirmed as the other. */
    public enum Kind {
        MEETING, PLAN;

        String storeName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What was read from a file, as held. */
    public record Held(String fileName, String json) {
    }

    private HeldImports() {
    }

    /** Holds what was read for the requester in this channel; the id is what confirming it names. */
    public static String hold(Handle handle, Invocation inv, Kind kind, String fileName, String json) {
        PendingImports pending = handle.attach(PendingImports.class);
        pending.forgetExpired(inv.at());
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.hold(id, kind.storeName(), inv.workspaceId(), inv.channelId(), inv.userId(), fileName, json,
                inv.at().plus(HELD_FOR));
        return id;
    }

    /**
     * Takes what is held under {@code id} for this requester and channel, letting it go (for good
     * once the caller's transaction commits); refused when it was taken already or has expired.
     * {@code again} says how to start over ("Use Import action notes on the file again.").
     */
    public static Held take(Handle handle, Invocation inv, Kind kind, String id, String what, String again) {
        PendingImports pending = handle.attach(PendingImports.class);
        PendingImports.Held held = pending.find(id, kind.storeName(), inv.workspaceId(), inv.channelId(), inv.userId(),
                inv.at()).orElseThrow(() -> new CommandError("These " + what + " are no longer waiting to be imported: "
                + "they were imported already, or the preview was left open for more than " + HELD_FOR.toHours()
                + " hours. " + again, ""));
        pending.forget(held.id());
        return new Held(held.fileName(), held.notes());
    }
}
