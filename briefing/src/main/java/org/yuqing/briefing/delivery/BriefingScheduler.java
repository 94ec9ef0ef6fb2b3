package org.yuqing.briefing.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.BriefingFiles;
import org.yuqing.briefing.WeeklyBriefing;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * The service's weekly entry: at each run of the schedule, writes the last week's briefing into the archive
 * directory and hands it to the delivery. A failed week is logged and the next run goes ahead as planned.
 */
public final class BriefingScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BriefingScheduler.class);

    private final WeeklyBriefing briefings;
    private final BriefingDelivery delivery;
    private final WeeklySchedule schedule;
    private final Path archive;
    private final String region;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "weekly-briefing");
        thread.setDaemon(true);
        return thread;
    });

    /** @param region null for all regions */
    public BriefingScheduler(WeeklyBriefing briefings, BriefingDelivery delivery, WeeklySchedule schedule, Path archive,
                             String region, Clock clock) {
        this.briefings = briefings;
        this.delivery = delivery;
        this.schedule = schedule;
        this.archive = archive;
        this.region = region;
        this.clock = clock;
    }

    public void start() {
        scheduleNext();
    }

    /** Writes and delivers one week's briefing now; what a scheduled run does. */
    public BriefingFiles runOnce(BriefingWeek week) throws IOException {
        Briefing briefing = briefings.write(week, region);
        BriefingFiles files = briefing.saveTo(archive);
        delivery.deliver(briefing, files);
        return files;
    }

    private void scheduleNext() {
        Instant now = clock.instant();
        Instant next = schedule.nextRunAfter(now);
        timer.schedule(() -> {
            BriefingWeek week = schedule.weekFor(next);
            try {
                LOG.info("weekly briefing {} written to {}", week.label(), runOnce(week).pdf());
            } catch (IOException | RuntimeException e) {
                LOG.error("weekly briefing {} failed; the next one is still scheduled", week.label(), e);
            } finally {
                scheduleNext();
            }
        }, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("next weekly briefing at {}", next);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
