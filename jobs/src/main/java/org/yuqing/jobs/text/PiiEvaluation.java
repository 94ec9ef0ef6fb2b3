package org.yuqing.jobs.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yuqing.jobs.text.PiiLabelledSet.Message;
import org.yuqing.jobs.text.PiiLabelledSet.Span;

/**
 * Scores the masker on a labelled set. A personal span counts as masked when every letter, digit and numeral in it
 * (every character of a name) past its {@code keep} leading characters became {@code *}; unit words (号, 栋, 单元)
 * and separators may stay. A public span counts as wrongly masked when any of its characters changed.
 */
public final class PiiEvaluation {

    /** Per kind: how many spans, how many came out right (masked for personal kinds, untouched for public ones). */
    public record Tally(int total, int right) {

        public double share() {
            return total == 0 ? 1.0 : (double) right / total;
        }
    }

    /** A span the masker got wrong, with the masked text, for reading. */
    public record Miss(String messageId, String kind, String labelled, String masked) {
    }

    public record Report(Map<String, Tally> personal, Map<String, Tally> publicKinds, List<Miss> misses) {

        /** Share of public spans that were masked, over all public kinds. */
        public double publicWronglyMasked() {
            int total = 0;
            int right = 0;
            for (Tally tally : publicKinds.values()) {
                total += tally.total();
                right += tally.right();
            }
            return total == 0 ? 0.0 : (double) (total - right) / total;
        }
    }

    private PiiEvaluation() {
    }

    public static Report evaluate(PiiMasker masker, List<Message> messages) {
        Map<String, int[]> personal = new TreeMap<>();
        Map<String, int[]> publicKinds = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        for (Message message : messages) {
            String masked = masker.mask(message.text());
            if (masked.length() != message.text().length()) {
                throw new IllegalStateException("the masker changed the length of " + message.id());
            }
            for (Span span : message.spans()) {
                boolean right = span.mustStay() ? unchanged(message.text(), masked, span) : masked(message.text(), masked, span);
                int[] tally = (span.mustStay() ? publicKinds : personal).computeIfAbsent(span.kind(), k -> new int[2]);
                tally[0]++;
                if (right) {
                    tally[1]++;
                } else {
                    misses.add(new Miss(message.id(), span.kind(), message.text().substring(span.start(), span.end()),
                            context(masked, span)));
                }
            }
        }
        return new Report(tallies(personal), tallies(publicKinds), misses);
    }

    private static boolean masked(String original, String masked, Span span) {
        boolean name = span.kind().equals("name");
        for (int i = span.start() + span.keep(); i < span.end(); i++) {
            char c = original.charAt(i);
            boolean secret = name ? !Character.isWhitespace(c) : MaskedText.isMaskable(c);
            if (secret && masked.charAt(i) != MaskedText.MASK) {
                return false;
            }
        }
        return true;
    }

    private static boolean unchanged(String original, String masked, Span span) {
        return original.regionMatches(span.start(), masked, span.start(), span.end() - span.start());
    }

    private static String context(String masked, Span span) {
        return masked.substring(Math.max(0, span.start() - 12), Math.min(masked.length(), span.end() + 8));
    }

    private static Map<String, Tally> tallies(Map<String, int[]> counts) {
        Map<String, Tally> out = new TreeMap<>();
        counts.forEach((kind, c) -> out.put(kind, new Tally(c[0], c[1])));
        return out;
    }
}
