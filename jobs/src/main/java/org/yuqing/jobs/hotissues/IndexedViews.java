package org.yuqing.jobs.hotissues;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.state.MapState;

/**
 * What each issue's document in {@code yuqing-hot-issues} lists, so that a window whose view of an issue only lost
 * messages by their leaving the window does not overwrite it.
 *
 * <p>Windows go on firing after an issue's last message, each holding fewer of its messages, until the last one has
 * left (a live stream as time passes, a bounded job at once when its input ends). Were each view written, a faded
 * issue would end up as the one or two messages of its last window: a weekly briefing would show the week's hottest
 * matter with one message. An issue's document is therefore its view from the latest window that changed what it
 * is: one that took in a message the document did not list (new, late, or given up by another issue), or that gave
 * a listed message still in the window to another issue (so that no message is listed by two documents).
 */
final class IndexedViews {

    private final MapState<String, List<String>> messagesOfIssue;

    IndexedViews(MapState<String, List<String>> messagesOfIssue) {
        this.messagesOfIssue = messagesOfIssue;
    }

    /**
     * Whether the view changes the issue's document: only then is it written.
     *
     * @param inWindow the ids of every message of the view's window
     */
    boolean changes(HotIssue view, Set<String> inWindow) throws Exception {
        List<String> indexed = messagesOfIssue.get(view.id());
        if (indexed == null) {
            return true;
        }
        Set<String> listed = new HashSet<>(indexed);
        Set<String> now = new HashSet<>(view.messageIds());
        return !listed.containsAll(now) || listed.stream().anyMatch(m -> inWindow.contains(m) && !now.contains(m));
    }

    void written(HotIssue view) throws Exception {
        messagesOfIssue.put(view.id(), view.messageIds());
    }

    void deleted(String issueId) throws Exception {
        messagesOfIssue.remove(issueId);
    }
}
