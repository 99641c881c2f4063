package org.themebot.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.plans.AnnualReports;
import org.themebot.plans.CombinedAnnualReport;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.ReportPeriod;

/**
 * Every {@code /partnership} subcommand and the invitation's accept and decline buttons. The board
 * side (setup, invite, report, export) is run in the board channel, by its chairs and secretaries;
 * the group side (accept, decline, leave) in the group's channel, by the group's. A group's data is
 * shown to a partnership only while the group is a member.
 */
public final class PartnershipService {

    static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final ZoneId defaultZone;

    public PartnershipService(Jdbi jdbi, ZoneId defaultZone) {
        this.jdbi = jdbi;
        this.defaultZone = defaultZone;
    }

    public record Setup(Partnership partnership, boolean created) {
    }

    /** An invitation to post in the group's channel, with a button whose value is the partnership's id. */
    public record Invited(Partnership partnership, ThemeGroup group) {
    }

    /** A group's answer to an invitation, or its leaving: what to tell the board channel. */
    public record Answered(Partnership partnership, ThemeGroup group, MemberStatus status) {
    }

    /** The monthly report on or off, and when the next one goes. */
    public record Scheduled(Partnership partnership, Optional<Instant> next) {
    }

    /** A board report to upload: {@code partnership-report-<date>.<ext>}. */
    public record Export(Partnership partnership, BoardReport report, LocalDate today) {
        public String fileName(DocumentFormat format) {
            return "partnership-report-" + today + "." + format.extension();
        }
    }

    /**
     * Makes this channel a partnership's board channel, or renames it and (when named) replaces its
     * chairs and secretaries. Whoever sets it up is its chair unless chairs are named.
     */
    public Setup setup(Invocation inv, String name, List<String> chairs, List<String> secretaries) {
        String typed = name.strip();
        if (typed.isEmpty()) {
            throw new CommandError("Give the partnership a name.", "");
        }
        if (typed.length() > MAX_NAME) {
            throw new CommandError("A name is at most " + MAX_NAME + " characters.", "");
        }
        return jdbi.inTransaction(handle -> {
            PartnershipStore store = handle.attach(PartnershipStore.class);
            Optional<Partnership> existing = store.find(inv.workspaceId(), inv.channelId());
            long id;
            if (existing.isPresent()) {
                requireOfficer(existing.get(), inv, "change the partnership");
                id = existing.get().id();
                store.rename(id, typed);
            } else {
                GroupStore groups = handle.attach(GroupStore.class);
                Optional<ThemeGroup> group = groups.find(inv.workspaceId(), inv.channelId());
                if (group.isPresent()) {
                    // The board sees only what members share; a group's own channel would show it all.
                    throw new CommandError("This channel is the home of " + group.get().name() + "; a partnership's"
                            + " board needs a channel of its own.", "");
                }
                groups.ensureWorkspace(inv.workspaceId(), inv.at());
                id = store.insert(inv.workspaceId(), inv.channelId(), typed, defaultZone.getId(), inv.userId(), inv.at());
                store.replaceRole(id, "chair", chairs.isEmpty() ? List.of(inv.userId()) : chairs);
            }
            if (existing.isPresent() && !chairs.isEmpty()) {
                store.replaceRole(id, "chair", chairs);
            }
            if (!secretaries.isEmpty()) {
                store.replaceRole(id, "secretary", secretaries);
            }
            return new Setup(store.findById(id).orElseThrow(), existing.isEmpty());
        });
    }

    /** Invites the theme group of {@code groupChannelId}; it sees nothing until its chair or secretary accepts. */
    public Invited invite(Invocation inv, String groupChannelId) {
        return jdbi.inTransaction(handle -> {
            Partnership partnership = board(handle, inv, "invite groups");
            ThemeGroup group = handle.attach(GroupStore.class).find(inv.workspaceId(), groupChannelId).orElseThrow(() ->
                    new CommandError("That channel has no theme group: its chair runs /themegroup setup there first.",
                            ""));
            PartnershipStore store = handle.attach(PartnershipStore.class);
            if (store.member(partnership.id(), group.id()).filter(m -> m.memberStatus() == MemberStatus.MEMBER).isPresent()) {
                throw new CommandError(group.name() + " is a member already.", "");
            }
            store.invite(partnership.id(), group.id(), inv.userId(), inv.at());
            return new Invited(partnership, group);
        });
    }

    /** The group's chair or secretary accepts, in the group's channel; a group is in one partnership at a time. */
    public Answered accept(Invocation inv, long partnershipId) {
        return answer(inv, partnershipId, MemberStatus.MEMBER);
    }

    public Answered decline(Invocation inv, long partnershipId) {
        return answer(inv, partnershipId, MemberStatus.DECLINED);
    }

    /** The group leaves its partnership, which sees none of its data from then on. */
    public Answered leave(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, "take the group out of its partnership");
            PartnershipStore store = handle.attach(PartnershipStore.class);
            long partnershipId = store.partnershipOf(group.id()).orElseThrow(() ->
                    new CommandError(group.name() + " is not in a partnership.", ""));
            store.answer(partnershipId, group.id(), MemberStatus.LEFT.storeName(), inv.userId(), inv.at());
            return new Answered(store.findById(partnershipId).orElseThrow(), group, MemberStatus.LEFT);
        });
    }

    /** The roll-up, for anyone in the board channel. */
    public BoardReport show(Invocation inv) {
        return jdbi.inTransaction(handle -> Rollup.build(handle, requireBoard(handle, inv), inv.at()));
    }

    /** {@code /partnership report monthly|off}; turned on, no month whose time has passed is sent late. */
    public Scheduled setMonthlyReport(Invocation inv, boolean monthly) {
        return jdbi.inTransaction(handle -> {
            Partnership partnership = board(handle, inv, "change the board report");
            PartnershipStore store = handle.attach(PartnershipStore.class);
            store.setSchedule(partnership.id(), monthly ? "monthly" : "off", monthly ? inv.at() : null);
            return new Scheduled(store.findById(partnership.id()).orElseThrow(),
                    monthly ? Optional.of(BoardReportSchedule.nextRun(inv.at(), partnership.zone())) : Optional.empty());
        });
    }

    /** {@code /partnership report now}: this moment's report, for the board channel; claims no month. */
    public BoardReport reportNow(Invocation inv) {
        return jdbi.inTransaction(handle -> Rollup.build(handle, board(handle, inv, "send the board report"), inv.at()));
    }

    public Export export(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            Partnership partnership = board(handle, inv, "export the board report");
            return new Export(partnership, Rollup.build(handle, partnership, inv.at()),
                    LocalDate.ofInstant(inv.at(), partnership.zone()));
        });
    }

    /** What {@code /partnership report <period>} is made of: the year of each group that is a member now. */
    public record AnnualData(Partnership partnership, ReportPeriod period, List<AnnualReports.ReportData> groups) {

        public CombinedAnnualReport toReport(Names names) {
            return CombinedAnnualReport.of(partnership.name(), period, groups, names);
        }

        public String fileName(DocumentFormat format) {
            return AnnualReports.fileName("partnership-annual-report", period, format);
        }
    }

    /**
     * The partnership's annual report over a period as typed ("2008/09", a range), read on the
     * partnership's calendar; only groups that are members now are in it.
     */
    public AnnualData annualReport(Invocation inv, String period) {
        return jdbi.inTransaction(handle -> {
            Partnership partnership = board(handle, inv, "make the annual report");
            ReportPeriod read = ReportPeriod.read(period, LocalDate.ofInstant(inv.at(), partnership.zone()));
            GroupStore groups = handle.attach(GroupStore.class);
            List<AnnualReports.ReportData> members = handle.attach(PartnershipStore.class).members(partnership.id())
                    .stream().filter(member -> member.memberStatus() == MemberStatus.MEMBER)
                    .map(member -> AnnualReports.read(handle, groups.findById(member.groupId()).orElseThrow(), read))
                    .toList();
            return new AnnualData(partnership, read, members);
        });
    }

    // ---- helpers

    private Answered answer(Invocation inv, long partnershipId, MemberStatus answer) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            GroupService.requireOfficer(group, inv, "answer a partnership's invitation");
            PartnershipStore store = handle.attach(PartnershipStore.class);
            Partnership partnership = store.findById(partnershipId)
                    .filter(p -> p.workspaceId().equals(inv.workspaceId()))
                    .orElseThrow(() -> new CommandError("That partnership no longer exists.", ""));
            boolean invited = store.member(partnershipId, group.id())
                    .filter(m -> m.memberStatus() == MemberStatus.INVITED).isPresent();
            if (!invited) {
                throw new CommandError(group.name() + " has no open invitation from " + partnership.name() + ".", "");
            }
            if (answer == MemberStatus.MEMBER) {
                Optional<Long> current = store.partnershipOf(group.id());
                if (current.isPresent()) {
                    throw new CommandError(group.name() + " is in "
                            + store.findById(current.get()).map(Partnership::name).orElse("a partnership")
                            + " already; /partnership leave first.", "");
                }
            }
            store.answer(partnershipId, group.id(), answer.storeName(), inv.userId(), inv.at());
            return new Answered(partnership, group, answer);
        });
    }

    private static Partnership requireBoard(Handle handle, Invocation inv) {
        return handle.attach(PartnershipStore.class).find(inv.workspaceId(), inv.channelId()).orElseThrow(() ->
                new CommandError("This channel is not a partnership's board channel yet: /partnership setup <name>"
                        + " makes it one.", ""));
    }

    /** The board channel's partnership, when the typer is one of its chairs or secretaries. */
    private static Partnership board(Handle handle, Invocation inv, String what) {
        Partnership partnership = requireBoard(handle, inv);
        requireOfficer(partnership, inv, what);
        return partnership;
    }

    private static void requireOfficer(Partnership partnership, Invocation inv, String what) {
        if (!partnership.isChairOrSecretary(inv.userId())) {
            throw NotAllowed.partnershipOfficersOnly(what, partnership.officers());
        }
    }
}
