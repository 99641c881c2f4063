package org.themebot.mail;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file sent with a mail: the circulated action notes. Its bytes may be made when the mail is
 * built for sending, not when it is rendered ({@link #whenSent}): the outbox renders each mail once
 * more beforehand, only to learn whose names it needs, and a PDF takes seconds to make.
 */
public final class Attachment {

    private final String fileName;
    private final String contentType;
    private final Supplier<byte[]> render;
    private byte[] content;

    public Attachment(String fileName, String contentType, byte[] content) {
        this(fileName, contentType, () -> content);
    }

    private Attachment(String fileName, String contentType, Supplier<byte[]> render) {
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.render = render;
    }

    /** A file made the first time its bytes are read, and kept. */
    public static Attachment whenSent(String fileName, String contentType, Supplier<byte[]> render) {
        return new Attachment(fileName, contentType, render);
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public synchronized byte[] content() {
        if (content == null) {
            content = render.get();
        }
        return content;
    }
}
