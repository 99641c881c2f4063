package org.themebot.partnership;

import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly board reports, on each tick of the scheduler's sweep: every partnership whose
 * report is on and due gets it once per month, claimed in the same transaction that queues its
 * message, so a second sweep, a restart or a second instance sends nothing more, and a report
 * missed while the bot was down goes once when it is back.
 */
public final class BoardReportSweep {

    private static final Logger log = LoggerFactory.getLogger(BoardReportSweep.class);

    /** Queues a claimed report's message in the claim's transaction, under the claim's dedupe key. */
    @FunctionalInterface
    public interface Delivery {
        void deliver(Handle handle, BoardReports.Claimed claimed);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Delivery delivery;

    public BoardReportSweep(Jdbi jdbi, Clock clock, Delivery delivery) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.delivery = delivery;
    }

    /**
     * Sends each report that has come due; returns how many this sweep sent. One that fails is
     * rolled back, claim and all, and tried again at the next sweep; the others go meanwhile.
     */
    public int sweep() {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : jdbi.withHandle(BoardReports::monthly)) {
            try {
                if (jdbi.inTransaction(handle -> send(handle, id, now))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.error("the board report of partnership {} failed; the next sweep tries again", id, e);
            }
        }
        return sent;
    }

    private boolean send(Handle handle, long id, Instant now) {
        return BoardReports.claimDue(handle, id, now).map(report -> {
            delivery.deliver(handle, report);
            log.info("board report of partnership {} for {} queued", id, report.month());
            return true;
        }).orElse(false);
    }
}
