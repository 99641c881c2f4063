package org.themebot.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.UpdateLockRowSemaphore;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.spi.InstanceIdGenerator;
import org.quartz.utils.DBConnectionManager;
import org.themebot.store.Database;

/**
 * Builds the Quartz scheduler over the bot's own database (JobStoreTX), so jobs and triggers
 * survive restarts and a trigger missed while the bot was down is dealt with by its misfire
 * instruction when it comes back.
 *
 * <p>What Quartz 2.5 needs to run on SQLite, none of which it ships:
 * <ul>
 * <li><b>DDL</b>: no SQLite script in the jar. {@code V3__quartz.sql} is Quartz's
 *     {@code tables_postgres.sql} with {@code BYTEA} as {@code ${blob}} and {@code BOOL} as
 *     {@code BOOLEAN}, so Flyway runs the same migration on SQLite and PostgreSQL.</li>
 * <li><b>Delegate</b>: {@code StdJDBCDelegate} reads blobs with {@code ResultSet.getBlob}, which
 *     sqlite-jdbc lacks; {@link SqliteDelegate} reads them with {@code getBytes}.</li>
 * <li><b>Lock handler</b>: Quartz's default database lock, {@code StdRowLockSemaphore}, runs
 *     {@code SELECT … FOR UPDATE}, a syntax error in SQLite. {@link UpdateLockRowSemaphore}
 *     takes the same QRTZ_LOCKS row with an {@code UPDATE} instead (inserting it the first
 *     time), so Quartz's threads, and any second process on the file, take turns.</li>
 * <li><b>IMMEDIATE transactions</b>: {@code Database} opens SQLite with WAL, a busy timeout and
 *     {@code TransactionMode.IMMEDIATE}, so every transaction takes the write lock when it
 *     begins. Quartz reads, then writes, in one transaction; with SQLite's default deferred
 *     transactions a reader whose snapshot another writer has moved past cannot become a writer
 *     and fails at once with {@code SQLITE_BUSY_SNAPSHOT} (the busy timeout does not help), and
 *     Quartz's threads (scheduler, misfire handler, workers) stall on it.</li>
 * <li><b>Connections</b>: Quartz 2.5 bundles no pool; {@link DataSourceConnectionProvider} hands
 *     it the app's own DataSource, registered with Quartz's {@link DBConnectionManager} under
 *     a name the job store is then told to use.</li>
 * </ul>
 *
 * <p>On PostgreSQL the same tables run with Quartz's own {@link PostgreSQLDelegate} and its
 * default row lock; {@code clustered} lets several bots share the database, each trigger then
 * fired by exactly one of them (a node that dies has its work recovered by the others).
 *
 * <p>Job data is stored as string properties ({@code useProperties}), not serialized Java
 * objects: put only strings in a {@code JobDataMap}. Jobs are built by the caller's
 * {@code JobFactory} ({@code scheduler.setJobFactory}) so they can get their services by
 * constructor. Returned schedulers are in standby: call {@code start()}.
 */
public final class Quartz {

    /** The scheduler's name: Quartz's SCHED_NAME, the same on every start and every cluster node. */
    public static final String NAME = "themebot";

    /** A trigger later than this is a misfire and follows its misfire instruction; earlier, it just fires late. */
    static final long MISFIRE_THRESHOLD_MS = 60_000;

    private Quartz() {
    }

    /**
     * A scheduler in standby over the database's QRTZ_ tables. {@code clustered} is for
     * PostgreSQL shared by several bots; one bot on SQLite runs unclustered.
     */
    public static Scheduler scheduler(Database database, boolean clustered) throws SchedulerException {
        // Quartz finds connection providers in a JVM-wide registry, by name: give each scheduler
        // its own name there, since each may be over a different Database.
        String dataSourceName = NAME + "-" + UUID.randomUUID();
        DBConnectionManager.getInstance()
                .addConnectionProvider(dataSourceName, new DataSourceConnectionProvider(database.dataSource()));
        Scheduler scheduler = new StdSchedulerFactory(properties(database.isSqlite(), clustered, dataSourceName))
                .getScheduler();
        // StdSchedulerFactory also files the scheduler in a JVM-wide repository by name and would
        // hand that same one back to the next caller; forget it, so each call builds its own
        // (a restart in one JVM, two cluster nodes in one test).
        SchedulerRepository.getInstance().remove(NAME);
        return scheduler;
    }

    static Properties properties(boolean sqlite, boolean clustered, String dataSourceName) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", NAME);
        p.setProperty("org.quartz.scheduler.instanceId", StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
        p.setProperty("org.quartz.scheduler.instanceIdGenerator.class", HostAndRandomId.class.getName());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");

        p.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD_MS));
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
        if (sqlite) {
            p.setProperty("org.quartz.jobStore.driverDelegateClass", SqliteDelegate.class.getName());
            p.setProperty("org.quartz.jobStore.lockHandler.class", UpdateLockRowSemaphore.class.getName());
        } else {
            // StdRowLockSemaphore (SELECT … FOR UPDATE), Quartz's default when clustered
            p.setProperty("org.quartz.jobStore.driverDelegateClass", PostgreSQLDelegate.class.getName());
            p.setProperty("org.quartz.jobStore.useDBLocks", "true");
        }
        return p;
    }

    /**
     * Instance ids for AUTO: host name plus a random part. Quartz's default (host name plus the
     * current millisecond) can give two schedulers started together in one JVM the same id, and
     * cluster nodes must differ. Public because Quartz instantiates it by name.
     */
    public static final class HostAndRandomId implements InstanceIdGenerator {
        @Override
        public String generateInstanceId() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
            return host + "-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
