package org.yuqing.jobs.hotissues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that HanLP does not know, read from a message's subject: a case, an estate or a firm that it cuts into single
 * characters and numbers (58车贷 → 58/车/贷, 丽发新城 → 丽/发/新城, 晟福兴汝 → 晟/福/兴汝). Such a name is what
 * makes messages one matter, yet no single piece of it is a word the vector keeps, so without it four appeals
 * about the 58车贷 case stay four issues. Each name is then one more word of the message.
 */
final class BoardNames {

    /** Characters that stand alone in ordinary sentences or in the data's anonymised places (A市A4区). */
    private static final Pattern NOT_A_NAME_PIECE = Pattern.compile(
            "[市区县省镇村的了是在和与及对被把将请问能要会有无不也都就还又或等个我您你他她它这那哪为向从给让]");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    /** What follows a road's or a stop's name: 万家丽 in 万家丽北路 is a place, and matters on one road are many. */
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:[东南西北中]?(?:路|街|大道|道|巷|桥|隧道|路口|站|口|线))");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern GLUED = Pattern.compile("[市区县]\\p{IsHan}{1,2}");
    private static final int MIN_CHARS = 3;
    private static final int MAX_PIECES = 4;

    private BoardNames() {
    }

    /** @param tokens the analysis chain's words of subject and body, in text order, joined by spaces */
    static List<String> in(String subject, String tokens) {
        if (subject == null || tokens == null || subject.isBlank()) {
            return List.of();
        }
        String[] pieces = unglued(tokens.split(" "));
        Set<String> names = new LinkedHashSet<>();
        int at = 0;
        for (int i = 0; i < pieces.length; i++) {
            int found = subject.indexOf(pieces[i], at);
            if (found < 0) {
                break; // past the subject: the body's words follow
            }
            at = found + pieces[i].length();
            if (!fragment(pieces[i])) {
                continue;
            }
            // a run of fragments that follow one another in the subject, from piece i
            StringBuilder name = new StringBuilder(pieces[i]);
            int end = at;
            int fragments = 1;
            for (int j = i + 1; j < pieces.length && j < i + MAX_PIECES; j++) {
                if (!subject.startsWith(pieces[j], end)) {
                    break;
                }
                boolean more = fragment(pieces[j]);
                // two single characters may be the start of a name whose end HanLP knew as a word (丽发 + 新城)
                if (!more && !(fragments >= 2 && pieces[j].length() == 2 && HAN.matcher(pieces[j]).find())) {
                    break;
                }
                name.append(pieces[j]);
                end += pieces[j].length();
                fragments += more ? 1 : 0;
                if (name.length() >= MIN_CHARS && HAN.matcher(name).results().count() >= 2
                        && !PLACE_AFTER.matcher(subject.substring(end)).find()) {
                    names.add(name.toString());
                }
                if (!more) {
                    break;
                }
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * HanLP glues the start of a name to an anonymised district (A2区丽发新城 → A/2/区丽发/新城): the district's
     * character is set apart, and what it was glued to cut into characters, as HanLP would have left them.
     */
    private static String[] unglued(String[] pieces) {
        List<String> out = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i > 0 && DIGITS.matcher(pieces[i - 1]).matches() && GLUED.matcher(piece).matches()) {
                out.add(piece.substring(0, 1));
                piece.substring(1).codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            } else {
                out.add(piece);
            }
        }
        return out.toArray(String[]::new);
    }

    /** A piece that is not a word of its own: one Chinese character, or a number written in a name. */
    private static boolean fragment(String piece) {
        return piece.codePointCount(0, piece.length()) == 1 && HAN.matcher(piece).matches()
                && !NOT_A_NAME_PIECE.matcher(piece).matches()
                || DIGITS.matcher(piece).matches();
    }
}
