package org.themebot.contacts;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone outside Slack a group can e-mail: the name as last typed, and the address. Reminders and
 * digests stop once they unsubscribe (the one-click link in those mails); circulated notes do not.
 */
public record Contact(long groupId, String name, EmailAddress email, Optional<Instant> unsubscribedAt) {

    public boolean takesReminders() {
        return unsubscribedAt.isEmpty();
    }
}
