package org.themebot.partnership;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The monthly board report for the scheduler: which partnerships have one, and claiming a
 * month's report exactly once. Call {@link #claimDue} inside the transaction that queues the
 * report's message, so the claim and the message commit together or not at all.
 */
public final class BoardReports {

    private BoardReports() {
    }

    /** A month's report, claimed by this caller alone. */
    public record Claimed(Partnership partnership, YearMonth month, BoardReport report) {

        /** The outbox's dedupe key for the report's message: one per (partnership, month). */
        public String dedupeKey() {
            return "board-report:" + partnership.id() + ":" + month;
        }
    }

    /** Partnerships whose monthly report is on. */
    public static List<Long> monthly(Handle handle) {
        return handle.attach(PartnershipStore.class).monthlyIds();
    }

    /**
     * The report due at {@code now}, if its month is not claimed yet: claims (partnership, month)
     * and builds the report. Empty when the report is off, not due, or claimed already (by another
     * tick, instance or an earlier run before a restart).
     */
    public static Optional<Claimed> claimDue(Handle handle, long partnershipId, Instant now) {
        PartnershipStore store = handle.attach(PartnershipStore.class);
        Optional<Partnership> partnership = store.findById(partnershipId).filter(Partnership::monthlyReport);
        Optional<YearMonth> month = partnership.flatMap(p -> BoardReportSchedule.dueMonth(now, p.zone(),
                p.reportsFrom().orElse(Instant.MAX)));
        if (month.isEmpty() || store.claim(partnershipId, month.get().toString(), now) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Claimed(partnership.get(), month.get(), Rollup.build(handle, partnership.get(), now)));
    }
}
