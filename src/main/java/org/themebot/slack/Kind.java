package org.themebot.slack;

/** What an outbox row renders as: a Slack message ({@link MessageKind}) or a mail ({@link MailKind}). */
public sealed interface Kind permits MessageKind, MailKind {

    /** Stored with each queued row, so keep it stable. */
    String name();

    /** The domain data's class; it must round-trip through JSON ({@link MessageData}). */
    Class<?> type();
}
