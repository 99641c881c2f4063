package org.themebot.mail;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.ActionStore;
import org.themebot.commands.CommandError;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;

/**
 * The link pages' port over themebot's services, as far as they reach today: it reads the action
 * and group a link is about, and unsubscribes through the contacts. Marking done and adding an
 * update as someone outside Slack need the actions service to record a named actor ("done by Cllr
 * Kevin Foster (by e-mail)") and tell the channel; until it does, those two refuse, changing
 * nothing. No mail carries such links before then.
 */
public final class ServiceLinkActions implements LinkActions {

    static final String NOT_YET = "Marking actions done or updating them from e-mail is not switched on yet: the "
            + "group's secretary can record it in Slack.";

    private final Jdbi jdbi;
    private final ContactService contacts;

    public ServiceLinkActions(Jdbi jdbi, ContactService contacts) {
        this.jdbi = jdbi;
        this.contacts = contacts;
    }

    @Override
    public Optional<LinkedAction> action(long actionId) {
        return jdbi.withHandle(handle -> handle.attach(ActionStore.class).findById(actionId)
                .flatMap(action -> handle.attach(GroupStore.class).findById(action.groupId())
                        .map(group -> new LinkedAction(action.ref(), action.text(), group.name(), action.isOpen()))));
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return jdbi.withHandle(handle -> handle.attach(GroupStore.class).findById(groupId).map(ThemeGroup::name));
    }

    @Override
    public Outcome markDone(long actionId, String personName, Instant at) {
        throw new CommandError(NOT_YET, "");
    }

    @Override
    public Outcome addUpdate(long actionId, String personName, String text, Instant at) {
        throw new CommandError(NOT_YET, "");
    }

    @Override
    public Outcome unsubscribe(long groupId, String personName, Instant at) {
        String group = groupName(groupId).orElse("the group");
        return contacts.unsubscribe(groupId, personName, at)
                ? Outcome.changed(personName + " will get no more reminders or digests by e-mail from " + group + ".")
                : Outcome.unchanged(personName + " gets no reminders or digests by e-mail from " + group + " already.");
    }
}
