package org.yuqing.core.text;

import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.Integrity;

/**
 * Tells whether a page was hijacked by spammers, with evidence a site's owner can act on: pinyin injected into
 * the text, a spam {@code <title>}, and hidden link farms. One injected group or a couple of hidden links can be
 * an accident of editing, so each signal needs a few occurrences before it counts.
 */
public final class HijackInspector {

    static final int MIN_INJECTED_GROUPS = 3;
    static final int MIN_HIDDEN_LINKS = 5;
    private static final int EXAMPLES = 5;

    private HijackInspector() {
    }

    public static Integrity inspect(PageSignals page) {
        List<String> evidence = new ArrayList<>();
        List<String> injected = new ArrayList<>(InjectedPinyin.clean(page.title()).removed());
        injected.addAll(InjectedPinyin.clean(page.text()).removed());
        if (injected.size() >= MIN_INJECTED_GROUPS) {
            evidence.add("injected pinyin: " + injected.size() + " groups, e.g. "
                    + String.join(" ", injected.subList(0, Math.min(EXAMPLES, injected.size()))));
        }
        SpamTitle.reason(InjectedPinyin.strip(page.title()), page.heading()).ifPresent(evidence::add);
        List<String> hidden = page.hiddenExternalLinks();
        if (hidden.size() >= MIN_HIDDEN_LINKS) {
            evidence.add("hidden link farm: " + hidden.size() + " links to other sites in hidden blocks, e.g. "
                    + String.join(" ", hidden.subList(0, Math.min(EXAMPLES, hidden.size()))));
        }
        return evidence.isEmpty() ? Integrity.INTACT : Integrity.hijacked(evidence);
    }
}
