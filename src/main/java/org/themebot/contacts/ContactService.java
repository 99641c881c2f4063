package org.themebot.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;

/**
 * A group's address book of people outside Slack. Only its chairs and secretaries may keep it or
 * see the addresses; the rest of themebot finds a typed name's contact with {@link #find} and
 * {@link #reach}.
 */
public final class ContactService {

    public static final String CONTACT_FORM = "/themegroup contact <name> <email>  or  /themegroup contact <name> off";
    public static final String CONTACTS_FORM = "/themegroup contacts";
    static final int MAX_NAME = 200;

    private final Jdbi jdbi;

    public ContactService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A contact as saved, and the one it replaced (same name, perhaps with another title or address). */
    public record Saved(ThemeGroup group, Contact contact, Optional<Contact> replaced) {
    }

    public record Removed(ThemeGroup group, Contact contact) {
    }

    public record AddressBook(ThemeGroup group, List<Contact> contacts) {
    }

    /** Of some people typed by name: those with an address (each once), and those without one. */
    public record Reach(List<Contact> reachable, List<Who.Named> unreachable) {
    }

    /** Adds a contact, or gives a known one a new address; {@code address} is plain (see {@link SlackMailto}). */
    public Saved save(Invocation inv, String name, String address) {
        String typedName = checkedName(name);
        if (address.isBlank()) {
            throw new CommandError("Say " + typedName + "'s e-mail address, or off to remove it.", CONTACT_FORM);
        }
        EmailAddress email;
        try {
            email = EmailAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new CommandError("'" + address.strip() + "' is not an e-mail address I can send to: " + e.getMessage()
                    + ".", CONTACT_FORM);
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv, "keep the group's contacts");
            ContactStore store = handle.attach(ContactStore.class);
            Optional<Contact> before = store.find(group.id(), typedName);
            Contact after = new Contact(group.id(), typedName, email, Optional.empty());
            if (!before.equals(Optional.of(after))) {
                store.save(group.id(), ContactNames.key(typedName), typedName, email.value(), inv.userId(), inv.at());
            }
            return new Saved(group, after, before.filter(b -> !b.equals(after)));
        });
    }

    public Removed remove(Invocation inv, String name) {
        String typedName = checkedName(name);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv, "keep the group's contacts");
            ContactStore store = handle.attach(ContactStore.class);
            Contact contact = store.find(group.id(), typedName).orElseThrow(() -> new CommandError(
                    "There is no contact '" + typedName + "' in this group; " + CONTACTS_FORM + " lists them.",
                    CONTACT_FORM));
            store.remove(group.id(), ContactNames.key(typedName));
            return new Removed(group, contact);
        });
    }

    /** The group's contacts with their addresses, by name: for its chairs and secretaries only. */
    public AddressBook list(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv, "see the group's contacts");
            return new AddressBook(group, handle.attach(ContactStore.class).all(group.id()));
        });
    }

    /**
     * Stops reminders and digests to a contact (their one-click unsubscribe). Joins the caller's
     * transaction. Returns false when there is no such contact or they had unsubscribed already.
     */
    public boolean unsubscribe(long groupId, String name, Instant at) {
        return jdbi.inTransaction(handle -> handle.attach(ContactStore.class)
                .unsubscribe(groupId, ContactNames.key(name), at));
    }

    /** As {@link #reach(Handle, long, List)}, in the caller's transaction when there is one. */
    public Reach reach(long groupId, List<? extends Who> people) {
        return jdbi.inTransaction(handle -> reach(handle, groupId, people));
    }

    /**
     * Whom replies to the group's mail go to: the first of its secretaries it keeps as a contact
     * under their real name ({@code names} knows Slack users' names), in the caller's transaction.
     */
    public Optional<Contact> secretary(ThemeGroup group, Names names) {
        return jdbi.inTransaction(handle -> group.secretaries().stream()
                .flatMap(id -> names.known(id).stream())
                .flatMap(name -> find(handle, group.id(), new Who.Named(name)).stream())
                .findFirst());
    }

    /** The contact a name typed as an owner, present or apologies stands for, ignoring case and titles. */
    public static Optional<Contact> find(Handle handle, long groupId, Who.Named name) {
        return handle.attach(ContactStore.class).find(groupId, name.name());
    }

    /** Whom of these people typed by name themebot can e-mail; Slack users and ALL are neither. */
    public static Reach reach(Handle handle, long groupId, List<? extends Who> people) {
        ContactStore store = handle.attach(ContactStore.class);
        Map<String, Contact> reachable = new LinkedHashMap<>();
        List<Who.Named> unreachable = new ArrayList<>();
        for (Who who : people) {
            if (who instanceof Who.Named named) {
                store.find(groupId, named.name()).ifPresentOrElse(
                        contact -> reachable.putIfAbsent(ContactNames.key(contact.name()), contact),
                        () -> unreachable.add(named));
            }
        }
        return new Reach(List.copyOf(reachable.values()), unreachable);
    }

    private static ThemeGroup officersGroup(Handle handle, Invocation inv, String what) {
        ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
        GroupService.requireOfficer(group, inv, what);
        return group;
    }

    private static String checkedName(String name) {
        String typed = name.strip().replaceAll("\\s+", " ");
        if (typed.isEmpty()) {
            throw new CommandError("Say whose address it is.", CONTACT_FORM);
        }
        if (typed.length() > MAX_NAME) {
            throw new CommandError("A name is at most " + MAX_NAME + " characters.", CONTACT_FORM);
        }
        if (typed.contains("@") || typed.contains("<") || typed.contains(">")) {
            throw new CommandError("'" + typed + "' should be a name, like Cllr Kevin Foster: contacts are people "
                    + "outside Slack.", CONTACT_FORM);
        }
        if (typed.toUpperCase(Locale.ROOT).equals("ALL")) {
            throw new CommandError("ALL is everyone in the group: a contact is one person.", CONTACT_FORM);
        }
        return typed;
    }
}
