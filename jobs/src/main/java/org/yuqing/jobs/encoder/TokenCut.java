package org.yuqing.jobs.encoder;

/**
 * How much of a text the encoder reads: at most {@code tokens} tokens, [CLS] and [SEP] included, of which the last
 * {@code tail} are the text's own last tokens when it is longer (the rest its first ones). The encoder's cost grows
 * about linearly with the tokens it reads, so the cut is what a text costs.
 *
 * @param tokens at most this many tokens in all, [CLS] and [SEP] included
 * @param tail how many of them come from the end of a longer text; 0 for its head alone
 */
public record TokenCut(int tokens, int tail) {

    public TokenCut {
        if (tokens < 3 || tail < 0 || tail > tokens - 3) {
            throw new IllegalArgumentException("a cut keeps at least one token of the head besides [CLS] and [SEP]: "
                    + tokens + " tokens, " + tail + " from the end");
        }
    }

    /** The first tokens of a text. */
    public static TokenCut head(int tokens) {
        return new TokenCut(tokens, 0);
    }

    /** "96" (the first tokens) or "96:16" (96 in all, the last 16 of them from the end of a longer text). */
    public static TokenCut parse(String spec) {
        String[] parts = spec.trim().split(":");
        try {
            if (parts.length == 1) {
                return head(Integer.parseInt(parts[0].trim()));
            }
            if (parts.length == 2) {
                return new TokenCut(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("a token cut is N or N:TAIL, as 96 or 96:16: " + spec);
    }

    @Override
    public String toString() {
        return tail == 0 ? Integer.toString(tokens) : tokens + ":" + tail;
    }
}
