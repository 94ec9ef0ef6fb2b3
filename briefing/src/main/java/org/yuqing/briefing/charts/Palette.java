package org.yuqing.briefing.charts;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * The charts' colours. Sentiments and emotions have their own, the same in every chart and briefing (negative is red,
 * positive green, neutral grey); anything else takes the next colour of a set that stays apart in print.
 */
final class Palette {

    private static final Map<String, Color> NAMED = Map.ofEntries(
            Map.entry("positive", new Color(0x2E9D5B)),
            Map.entry("neutral", new Color(0x9AA3AD)),
            Map.entry("negative", new Color(0xD9383A)),
            Map.entry("happy", new Color(0x2E9D5B)),
            Map.entry("angry", new Color(0xD9383A)),
            Map.entry("sad", new Color(0x4C72B0)),
            Map.entry("fear", new Color(0x8E5EA2)),
            Map.entry("surprise", new Color(0xE8A33D)));
    private static final List<Color> SEQUENCE = List.of(
            new Color(0x4C72B0), new Color(0xDD8452), new Color(0x55A868), new Color(0xC44E52),
            new Color(0x8172B3), new Color(0x937860), new Color(0xDA8BC3), new Color(0x8C8C8C),
            new Color(0xCCB974), new Color(0x64B5CD));

    private Palette() {
    }

    /** The colour of a named category, else the {@code index}th of the sequence. */
    static Color of(String key, int index) {
        Color named = key == null ? null : NAMED.get(key);
        return named != null ? named : SEQUENCE.get(index % SEQUENCE.size());
    }
}
