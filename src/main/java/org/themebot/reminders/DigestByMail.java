package org.themebot.reminders;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/**
 * A chair may take the group's digest by e-mail as well as by DM: at the address of the group's
 * contact that bears the chair's real name. The digest then goes to that address whenever it goes
 * to the chair, claimed with it; it stops when they are no longer a chair, the contact goes, or
 * they use the mail's unsubscribe link.
 */
public final class DigestByMail {

    public static final String FORM = "/themegroup digest email  or  /themegroup digest email off";

    private final Jdbi jdbi;

    public DigestByMail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The typer, a chair whose real name is {@code realName} (empty when Slack has not told it
     * yet), gets the digest by e-mail from now on, at the address of the contact of that name,
     * which this returns.
     */
    public Contact ask(Invocation inv, Optional<String> realName) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = chairsGroup(handle, inv);
            String name = realName.orElseThrow(() -> new CommandError("I do not know your name from Slack yet, "
                    + "so I cannot find your address: please try again in a minute.", FORM));
            Contact contact = ContactService.find(handle, group.id(), new Who.Named(name)).orElseThrow(() ->
                    new CommandError("The digest goes to your address as one of the group's contacts, and there is "
                            + "none named " + name + ": add it with /themegroup contact " + name + " <email>, then "
                            + "ask again.", FORM));
            handle.attach(DigestMailStore.class).ask(group.id(), inv.userId(), contact.name(), inv.at());
            return contact;
        });
    }

    /** The typer's digest by e-mail stops (their DM goes on). */
    public void stop(Invocation inv) {
        jdbi.useTransaction(handle -> {
            ThemeGroup group = chairsGroup(handle, inv);
            if (!handle.attach(DigestMailStore.class).stop(group.id(), inv.userId())) {
                throw new CommandError("You do not get the digest by e-mail.", FORM);
            }
        });
    }

    /**
     * The addresses a group's digest goes to now, in the caller's transaction: for each chair who
     * asked, the contact of the name they gave, unless it has stopped reminders and digests.
     */
    public static List<Contact> recipients(Handle handle, ThemeGroup group) {
        return handle.attach(DigestMailStore.class).asked(group.id()).stream()
                .filter(asked -> group.chairs().contains(asked.userId()))
                .flatMap(asked -> ContactService.find(handle, group.id(), new Who.Named(asked.contactName())).stream())
                .filter(Contact::takesReminders)
                .distinct()
                .toList();
    }

    private static ThemeGroup chairsGroup(Handle handle, Invocation inv) {
        ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
        if (!group.chairs().contains(inv.userId())) {
            throw new CommandError("The digest goes to the group's chairs: only they can take it by e-mail.", FORM);
        }
        return group;
    }
}
