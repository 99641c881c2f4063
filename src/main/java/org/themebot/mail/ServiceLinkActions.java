package org.themebot.mail;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStore;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/**
 * The link pages' port over themebot's services: it reads the action and group a link is about,
 * marks actions done and records updates through the actions service as the named owner ("done by
 * Cllr Kevin Foster (by e-mail)"), and unsubscribes through the contacts. Each change joins the
 * page's transaction, which also records the link as used; a done is announced in the group's
 * channel in that same transaction.
 */
public final class ServiceLinkActions implements LinkActions {

    /** Tells a group's channel that an action was marked done from a mail, inside the change's transaction. */
    @FunctionalInterface
    public interface DoneNotice {
        void tell(Handle handle, ActionService.Changed done, String actor);
    }

    private final Jdbi jdbi;
    private final ContactService contacts;
    private final ActionService actions;
    private final DoneNotice channel;

    public ServiceLinkActions(Jdbi jdbi, ContactService contacts, ActionService actions, DoneNotice channel) {
        this.jdbi = jdbi;
        this.contacts = contacts;
        this.actions = actions;
        this.channel = channel;
    }

    @Override
    public Optional<LinkedAction> action(long actionId) {
        return jdbi.withHandle(handle -> linked(handle, actionId));
    }

    private static Optional<LinkedAction> linked(Handle handle, long actionId) {
        return handle.attach(ActionStore.class).findById(actionId)
                .flatMap(action -> handle.attach(GroupStore.class).findById(action.groupId())
                        .map(group -> new LinkedAction(action.ref(), action.text(), group.name(), action.isOpen())));
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return jdbi.withHandle(handle -> handle.attach(GroupStore.class).findById(groupId).map(ThemeGroup::name));
    }

    @Override
    public Outcome markDone(long actionId, String personName, Instant at) {
        return jdbi.inTransaction(handle -> {
            Optional<LinkedAction> before = linked(handle, actionId);
            if (before.isPresent() && !before.get().open()) {
                return Outcome.unchanged(before.get().ref() + " is no longer open: it was marked done or dropped "
                        + "already.");
            }
            ActionService.Changed done = actions.doneByMail(actionId, personName, at);
            channel.tell(handle, done, ActionEvent.byMail(personName));
            return Outcome.changed(done.action().ref() + " is marked done, as done by " + personName
                    + ", and " + done.group().name() + "'s channel has been told.");
        });
    }

    @Override
    public Outcome addUpdate(long actionId, String personName, String text, Instant at) {
        ActionService.Changed updated = actions.updateByMail(actionId, personName, text, at);
        return Outcome.changed("Your update is in " + updated.action().ref() + "'s history.");
    }

    @Override
    public Outcome unsubscribe(long groupId, String personName, Instant at) {
        String group = groupName(groupId).orElse("the group");
        return contacts.unsubscribe(groupId, personName, at)
                ? Outcome.changed(personName + " will get no more reminders or digests by e-mail from " + group + ".")
                : Outcome.unchanged(personName + " gets no reminders or digests by e-mail from " + group + " already.");
    }
}
