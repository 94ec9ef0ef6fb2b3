package org.yuqing.jobs.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a policy into its numbered items, keeping the numbering so that an item can be named (第十七条/（一）).
 *
 * <p>A number only counts when it starts a line or follows the end of a sentence, and when it continues its list
 * (the next number) or starts one (一, 1): 按本办法第十一条规定 is a reference, not an item, and a stray 三、 inside
 * a sentence does not break the numbering.
 */
public final class ClauseSplitter {

    private enum Level {
        CHAPTER("第([一二三四五六七八九十百]+)章"),
        ARTICLE("第([一二三四五六七八九十百千]+)条"),
        CHINESE("([一二三四五六七八九十]+)、"),
        PAREN_CHINESE("[（(]([一二三四五六七八九十]+)[）)]"),
        DIGIT("(\\d{1,2})[.．、](?!\\d)"),
        PAREN_DIGIT("[（(](\\d{1,2})[）)]");

        final String regex;

        Level(String regex) {
            this.regex = regex;
        }
    }

    private static final Pattern MARKER;
    /** The numbering path of a clause in the second, third… numbered part of a text starts with 部分2, 部分3… */
    static final String PART = "部分";

    static {
        StringBuilder alternatives = new StringBuilder();
        for (Level level : Level.values()) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append("(?<").append(groupName(level)).append('>')
                    .append(level.regex).append(')');
        }
        MARKER = Pattern.compile("(?:^|(?<=[\\s。；;：:！？]))(?:" + alternatives + ")");
    }

    /** A number, then a title of a few words without punctuation, then a space and more text. */
    private static final Pattern TITLE;

    static {
        String numbers = String.join("|", Arrays.stream(Level.values()).map(level -> level.regex).toList());
        TITLE = Pattern.compile("(?:" + numbers + ")[^\\s。；！？，：:、]{2,15}(?=\\s+\\S)");
    }

    private record Marker(Level level, int number, String label, int start) {
    }

    private record Open(Level level, String label) {
    }

    private final Function<String, String> toSimplified;
    private final FactExtractor facts;

    /** @param toSimplified converts traditional characters, so that facts are read the same way from both */
    public ClauseSplitter(Function<String, String> toSimplified, FactExtractor facts) {
        this.toSimplified = toSimplified;
        this.facts = facts;
    }

    public List<Clause> split(String policyId, String text, int subjectYear) {
        List<Marker> markers = markers(text);
        List<Clause> clauses = new ArrayList<>();
        if (markers.isEmpty() || !text.substring(0, markers.get(0).start()).isBlank()) {
            int end = markers.isEmpty() ? text.length() : markers.get(0).start();
            addClause(clauses, policyId, List.of(), text.substring(0, end), subjectYear);
        }
        List<Open> open = new ArrayList<>();
        int part = 0;
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            int at = indexOf(open, marker.level());
            if (at == 0 && marker.number() == 1) {
                // the outermost list starts again: an attachment (附件) numbered on its own, whose 一、 is not the
                // policy's 一、
                part++;
            }
            if (at >= 0) {
                open.subList(at, open.size()).clear();
            }
            open.add(new Open(marker.level(), marker.label()));
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            List<String> numbers = new ArrayList<>();
            if (part > 0) {
                numbers.add(PART + (part + 1));
            }
            open.forEach(o -> numbers.add(o.label()));
            addClause(clauses, policyId, numbers, text.substring(marker.start(), end), subjectYear);
        }
        return clauses;
    }

    private void addClause(List<Clause> clauses, String policyId, List<String> numbers, String segment,
                           int subjectYear) {
        String verbatim = segment.strip();
        if (verbatim.isEmpty()) {
            return;
        }
        String id = policyId + "#" + (numbers.isEmpty() ? "preamble" : String.join("/", numbers));
        clauses.add(new Clause(id, policyId, numbers, verbatim, sentences(Clause.body(numbers, verbatim)),
                facts.extract(toSimplified.apply(verbatim), subjectYear, null)));
    }

    private static List<Marker> markers(String text) {
        List<Marker> accepted = new ArrayList<>();
        Map<Level, Integer> last = new EnumMap<>(Level.class);
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            for (Level level : Level.values()) {
                String whole = matcher.group(groupName(level));
                if (whole == null) {
                    continue;
                }
                OptionalDouble number = ChineseNumbers.parse(numberPart(level, whole));
                if (number.isEmpty()) {
                    break;
                }
                int n = (int) number.getAsDouble();
                int previous = last.getOrDefault(level, 0);
                if (n == 1 || n == previous + 1) {
                    last.put(level, n);
                    accepted.add(new Marker(level, n, label(level, whole), matcher.start()));
                }
                break;
            }
        }
        return accepted;
    }

    private static String numberPart(Level level, String whole) {
        Matcher matcher = Pattern.compile(level.regex).matcher(whole);
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static String label(Level level, String whole) {
        return switch (level) {
            case CHINESE, DIGIT -> whole.substring(0, whole.length() - 1);
            default -> whole;
        };
    }

    private static int indexOf(List<Open> open, Level level) {
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).level() == level) {
                return i;
            }
        }
        return -1;
    }

    private static String groupName(Level level) {
        return level.name().replace("_", "");
    }

    /**
     * The sentences of an item. A title that stands apart from what follows (一、总体要求 以习近平…为指导，…) is a
     * sentence of its own: it, not the paragraph after it, says what the item is about.
     */
    public static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher title = TITLE.matcher(text);
        if (title.lookingAt()) {
            sentences.add(title.group().strip());
            text = text.substring(title.end());
        }
        Matcher matcher = Pattern.compile("[^。；！？]+[。；！？]?").matcher(text);
        while (matcher.find()) {
            String sentence = matcher.group().strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
