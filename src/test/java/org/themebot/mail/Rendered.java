package org.themebot.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.themebot.TestClock;

/** A rendered mail as MIME, written out and read back as a mail program would: its headers and its two bodies. */
public record Rendered(MimeMessage mime, String text, String html) {

    private static final Session SESSION = Session.getInstance(new Properties());

    static Rendered of(MailMessage mail) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MimeMail.build(SESSION, new InternetAddress("themebot@example.org", "Theme Bot"), mail, TestClock.start())
                .writeTo(bytes);
        return read(bytes.toByteArray());
    }

    /** A mail as an SMTP server received it (the DATA, dot-unstuffed). */
    public static Rendered received(String data) {
        try {
            return read(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("not a mail: " + data, e);
        }
    }

    private static Rendered read(byte[] bytes) throws Exception {
        MimeMessage mime = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
        Multipart top = (Multipart) mime.getContent();
        Multipart alternative = top.getContentType().startsWith("multipart/alternative") ? top
                : (Multipart) top.getBodyPart(0).getContent();
        return new Rendered(mime, body(alternative.getBodyPart(0)), body(alternative.getBodyPart(1)));
    }

    private static String body(BodyPart part) throws Exception {
        return part.getContent().toString().replace("\r\n", "\n");
    }

    public String header(String name) throws Exception {
        String[] values = mime.getHeader(name);
        return values == null ? null : String.join("\n", values);
    }

    /** The address it was sent to. */
    public String to() throws Exception {
        return ((InternetAddress) mime.getAllRecipients()[0]).getAddress();
    }

    public String subject() throws Exception {
        return mime.getSubject();
    }

    /** The names of the files attached, in order. */
    public List<String> attachments() throws Exception {
        List<String> names = new ArrayList<>();
        if (mime.getContent() instanceof Multipart top && top.getContentType().startsWith("multipart/mixed")) {
            for (int i = 1; i < top.getCount(); i++) {
                names.add(top.getBodyPart(i).getFileName());
            }
        }
        return names;
    }

    /** The bytes of an attached file. */
    public byte[] attachment(String name) throws Exception {
        Multipart top = (Multipart) mime.getContent();
        for (int i = 1; i < top.getCount(); i++) {
            if (name.equals(top.getBodyPart(i).getFileName())) {
                return top.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment " + name);
    }
}
