package org.themebot.mail;

import java.time.Instant;

/**
 * What one signed link allows: its purpose, on one thing (an action; a group for unsubscribe),
 * for one person (a contact's name), until it expires; {@code linkId} is random, and is recorded
 * when the link is used so that it works once.
 */
public record LinkGrant(LinkPurpose purpose, long subjectId, String person, Instant expires, String linkId) {
}
