package org.themebot.mail;

/** A file sent with a mail: the circulated action notes. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
