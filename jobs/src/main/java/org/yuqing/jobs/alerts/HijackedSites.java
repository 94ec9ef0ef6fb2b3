package org.yuqing.jobs.alerts;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;

/**
 * Site alerts, keyed by host: the first hijacked page of an episode raises a {@code site_hijacked} alert to the
 * site's owner, more pages or new evidence update it, and a quiet period without any ends it. Timers run on the
 * time pages were found, which the watermark of publication dates (never later than the fetch) follows.
 */
public final class HijackedSites extends KeyedProcessFunction<String, HijackedPage, Alert> {

    private final AlertSettings.SiteWatch settings;
    private transient JsonState<SiteEpisode> episodes;
    /** Per host, the alert of the episode that last subsided: kept, as a host's hijack can come back. */
    private transient JsonState<SiteEpisode.Ended> ended;

    public HijackedSites(AlertSettings.SiteWatch settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        episodes = JsonState.of(getRuntimeContext(), "site-episode", SiteEpisode.class);
        ended = JsonState.of(getRuntimeContext(), "site-episode-ended", SiteEpisode.Ended.class);
    }

    @Override
    public void processElement(HijackedPage page, Context ctx, Collector<Alert> out) throws Exception {
        SiteEpisode before = episodes.get();
        SiteEpisode episode = before == null ? SiteEpisode.start(page, settings.ownerOf(page.host()), ended.get())
                : before.with(page);
        if (episode.due()) {
            episode = episode.sent();
            out.collect(episode.alert(AlertState.ACTIVE, episode.lastFoundAt()));
        }
        EpisodeTimers.move(ctx.timerService(), before == null ? null : before.quietUntil(settings.quietPeriod()),
                episode.quietUntil(settings.quietPeriod()));
        episodes.set(episode);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        SiteEpisode episode = episodes.get();
        if (episode == null || episode.quietUntil(settings.quietPeriod()) != timestamp
                || EpisodeTimers.inputEnded(ctx.timerService())) {
            return;
        }
        SiteEpisode subsided = episode.sent();
        out.collect(subsided.alert(AlertState.SUBSIDED, timestamp));
        ended.set(subsided.ended());
        episodes.clear();
    }
}
