package org.themebot.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.themebot.commands.CommandError;
import org.themebot.contacts.ContactService;

/**
 * The pages' port for tests: actions and groups it is told about, done and update calls recorded
 * (they are the actions service's, wired in later), unsubscribe made for real by the contacts
 * service; and told to refuse, or to find nothing to change, when a test wants that.
 */
final class RecordingLinkActions implements LinkActions {

    enum Answer { CHANGE, REFUSE, NOTHING_TO_DO, CHANGE_THEN_REFUSE }

    final Map<Long, LinkedAction> actions = new HashMap<>();
    final Map<Long, String> groups = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    private final ContactService contacts;
    Answer answer = Answer.CHANGE;

    RecordingLinkActions(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public Optional<LinkedAction> action(long actionId) {
        return Optional.ofNullable(actions.get(actionId));
    }

    @Override
    public Optional<String> groupName(long groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    @Override
    public Outcome markDone(long actionId, String personName, Instant at) {
        return answer("done " + actionId + " by " + personName + " at " + at,
                actions.get(actionId).ref() + " is marked done; the group's channel has been told.");
    }

    @Override
    public Outcome addUpdate(long actionId, String personName, String text, Instant at) {
        return answer("update " + actionId + " by " + personName + ": " + text, "Your update on "
                + actions.get(actionId).ref() + " is recorded.");
    }

    @Override
    public Outcome unsubscribe(long groupId, String personName, Instant at) {
        boolean changed = contacts.unsubscribe(groupId, personName, at);
        if (answer == Answer.CHANGE_THEN_REFUSE) {
            throw new CommandError("Refused after the change, which must not stay.", "");
        }
        return changed ? Outcome.changed("No more e-mails from " + groups.get(groupId) + ".")
                : Outcome.unchanged(personName + " gets no e-mails from it already.");
    }

    private Outcome answer(String call, String message) {
        return switch (answer) {
            case REFUSE -> throw new CommandError("A3 was dropped by the chair.", "");
            case NOTHING_TO_DO -> Outcome.unchanged("A3 was done already.");
            case CHANGE, CHANGE_THEN_REFUSE -> {
                calls.add(call);
                yield Outcome.changed(message);
            }
        };
    }
}
