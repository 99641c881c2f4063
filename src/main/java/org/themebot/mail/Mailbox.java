package org.themebot.mail;

import org.themebot.contacts.Contact;

/** Someone a mail goes to (or replies go to): a display name and a checked address. */
public record Mailbox(String name, String address) {

    public static Mailbox of(Contact contact) {
        return new Mailbox(contact.name(), contact.email().value());
    }
}
