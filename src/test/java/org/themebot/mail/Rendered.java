package org.themebot.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.themebot.TestClock;

/** A rendered mail as MIME, written out and read back as a mail program would: its headers and its two bodies. */
record Rendered(MimeMessage mime, String text, String html) {

    static Rendered of(MailMessage mail) throws Exception {
        Session session = Session.getInstance(new Properties());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MimeMail.build(session, new InternetAddress("themebot@example.org", "Theme Bot"), mail, TestClock.start())
                .writeTo(bytes);
        MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
        Multipart top = (Multipart) mime.getContent();
        Multipart alternative = top.getContentType().startsWith("multipart/alternative") ? top
                : (Multipart) top.getBodyPart(0).getContent();
        return new Rendered(mime, body(alternative.getBodyPart(0)), body(alternative.getBodyPart(1)));
    }

    private static String body(BodyPart part) throws Exception {
        return part.getContent().toString().replace("\r\n", "\n");
    }

    String header(String name) throws Exception {
        String[] values = mime.getHeader(name);
        return values == null ? null : String.join("\n", values);
    }
}
