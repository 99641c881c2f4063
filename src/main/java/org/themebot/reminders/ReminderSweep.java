package org.themebot.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStore;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/**
 * Finds the reminders that have come due and hands each to its delivery exactly once: the claim
 * (action, kind, day) and the queued messages are written in one transaction, so a crash either
 * loses both (and the next sweep does it again) or keeps both (and the outbox sends them). Owners
 * in Slack, and the proxies of owners outside it, get a DM; owners outside Slack who are the
 * group's contacts get a mail as well, when themebot sends mail.
 */
public final class ReminderSweep {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

    /** Someone who gets an action's reminder: an owner, or the proxy of an owner outside Slack. */
    public record Recipient(String userId, Optional<String> onBehalfOf) {
    }

    /** A reminder to send now: by DM to {@code recipients}, and by mail to {@code byMail}. */
    public record DueReminder(ThemeGroup group, Action action, Reminder reminder, List<Recipient> recipients,
                              List<Contact> byMail) {
    }

    /** Queues a due reminder's messages, inside the transaction that claims it. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(Handle handle, DueReminder reminder);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Delivery delivery;
    private final boolean mailOn;

    /** Reminders by DM only. */
    public ReminderSweep(Jdbi jdbi, Clock clock, Delivery delivery) {
        this(jdbi, clock, delivery, false);
    }

    /** {@code mailOn}: themebot sends mail, so contact owners are reminded by mail too. */
    public ReminderSweep(Jdbi jdbi, Clock clock, Delivery delivery, boolean mailOn) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
        this.mailOn = mailOn;
    }

    /** Sends every reminder due by now and not sent yet; returns how many were claimed. */
    public int sweep() {
        Instant now = clock.instant();
        Map<Long, Optional<GroupSchedule>> schedules = new HashMap<>();
        int claimed = 0;
        for (ScheduleStore.DatedAction dated : jdbi.onDemand(ScheduleStore.class).openDatedActions()) {
            Optional<GroupSchedule> schedule = schedules.computeIfAbsent(dated.groupId(),
                    id -> jdbi.onDemand(ScheduleStore.class).find(id));
            Optional<Reminder> due = schedule.flatMap(s -> ReminderRules.latestDue(dated.dueDate(),
                    dated.remindersFrom(), s.reminders(), now));
            if (due.isPresent() && claim(dated, due.get(), now)) {
                claimed++;
            }
        }
        return claimed;
    }

    private boolean claim(ScheduleStore.DatedAction dated, Reminder reminder, Instant now) {
        ScheduleStore quick = jdbi.onDemand(ScheduleStore.class);
        if (quick.isClaimed(dated.actionId(), reminder.kind().storeName(), reminder.day())) {
            return false;
        }
        return jdbi.inTransaction(handle -> {
            ScheduleStore store = handle.attach(ScheduleStore.class);
            Action action = handle.attach(ActionStore.class).findById(dated.actionId()).orElseThrow();
            // Closed or re-dated since the list was read: that reminder no longer applies.
            if (!action.isOpen() || !action.due().equals(Optional.of(reminder.due()))) {
                return false;
            }
            ThemeGroup group = handle.attach(GroupStore.class).findById(action.groupId()).orElseThrow();
            if (!store.claimReminder(action.id(), reminder.kind().storeName(), reminder.day(), now)) {
                return false;
            }
            List<Recipient> recipients = recipients(action, store.proxies(group.id()));
            List<Contact> byMail = mailOn ? ContactService.reach(handle, group.id(), action.owners()).reachable()
                    .stream().filter(Contact::takesReminders).toList() : List.of();
            if (recipients.isEmpty() && byMail.isEmpty()) {
                // ALL and names with neither a proxy nor an address are chased by the digest; claimed all
                // the same, so no later sweep looks at this reminder again.
                return false;
            }
            delivery.deliver(handle, new DueReminder(group, action, reminder, recipients, byMail));
            log.info("reminder {} of {} ({}) queued for {} recipient(s) by DM and {} by mail",
                    reminder.kind().storeName(), action.ref(), reminder.day(), recipients.size(), byMail.size());
            return true;
        });
    }

    /** Slack-user owners, and the proxies of free-text owners; each person once. */
    static List<Recipient> recipients(Action action, List<ScheduleStore.Proxy> proxies) {
        Map<String, ScheduleStore.Proxy> proxyByName = new HashMap<>();
        proxies.forEach(p -> proxyByName.put(nameKey(p.name()), p));
        List<Recipient> recipients = new ArrayList<>();
        for (Who owner : action.owners()) {
            Optional<Recipient> recipient = Optional.empty();
            if (owner instanceof Who.SlackUser user) {
                recipient = Optional.of(new Recipient(user.userId(), Optional.empty()));
            } else if (owner instanceof Who.Named named) {
                recipient = Optional.ofNullable(proxyByName.get(nameKey(named.name())))
                        .map(p -> new Recipient(p.userId(), Optional.of(named.name())));
            }
            recipient.filter(r -> recipients.stream().noneMatch(o -> o.userId().equals(r.userId())))
                    .ifPresent(recipients::add);
        }
        return recipients;
    }

    /** How a free-text name is matched: case and spacing do not matter. */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
