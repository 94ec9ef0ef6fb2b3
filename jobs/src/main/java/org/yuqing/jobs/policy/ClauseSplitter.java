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
 *
 * <p>Plans (预案) and technical documents number their sections with decimals (5 应急保障, 5.1 粮食储备, 5.1.2): those
 * count in a text that has them, a subsection only under the section its number names, so that 3.5 万元 is not one.
 */
public final class ClauseSplitter {

    private enum Level {
        CHAPTER("第([一二三四五六七八九十百]+)章"),
        ARTICLE("第([一二三四五六七八九十百千]+)条"),
        CHINESE("([一二三四五六七八九十]+)、"),
        PAREN_CHINESE("[（(]([一二三四五六七八九十]+)[）)]"),
        DIGIT("(\\d{1,2})[.．、](?!\\d)"),
        PAREN_DIGIT("[（(](\\d{1,2})[）)]"),
        SECTION("(\\d{1,2})(?=\\s+\\p{IsHan})", true),
        SUBSECTION("(\\d{1,2}\\.\\d{1,2})(?=\\s)", true),
        SUB_SUBSECTION("(\\d{1,2}\\.\\d{1,2}\\.\\d{1,2})(?=\\s)", true);

        final String regex;
        /** Numbered with decimals: counts only in a text whose sections are (DECIMAL_SECTIONS). */
        final boolean decimal;

        Level(String regex) {
            this(regex, false);
        }

        Level(String regex, boolean decimal) {
            this.regex = regex;
            this.decimal = decimal;
        }

        /** The level whose number a decimal number extends (SECTION for 5.1), or null. */
        Level parent() {
            return switch (this) {
                case SUBSECTION -> SECTION;
                case SUB_SUBSECTION -> SUBSECTION;
                default -> null;
            };
        }
    }

    /** The heading of a table of contents. */
    private static final Pattern CONTENTS = Pattern.compile("目\\s{0,2}录");
    /** A first subsection (1.1 总则, 2.1 指挥部) where lines or sentences start: the text numbers its sections so. */
    private static final Pattern DECIMAL_SECTIONS = Pattern.compile("(?:^|[\\s。；;：:])\\d{1,2}\\.1\\s+\\p{IsHan}");

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
        int first = firstAfterContents(text, markers);
        if (markers.isEmpty() || !text.substring(0, markers.get(0).start()).isBlank()) {
            Matcher contents = CONTENTS.matcher(text);
            int end = markers.isEmpty() ? text.length()
                    : first > 0 && contents.find() ? contents.start() : markers.get(0).start();
            addClause(clauses, policyId, List.of(), text.substring(0, end), subjectYear);
        }
        List<Open> open = new ArrayList<>();
        int part = 0;
        for (int i = first; i < markers.size(); i++) {
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

    /**
     * Where the text proper starts after a table of contents (目录 1 总则 1.1 … 7 附则 1 总则 1.1 为了…): at the marker
     * that opens the outermost list again. Its entries are titles of the sections that follow, not clauses. 0 when
     * there is none.
     */
    private static int firstAfterContents(String text, List<Marker> markers) {
        Matcher contents = CONTENTS.matcher(text);
        if (markers.isEmpty() || !contents.find() || contents.end() > markers.get(0).start()) {
            return 0;
        }
        Level outermost = markers.get(0).level();
        for (int i = 1; i < markers.size(); i++) {
            if (markers.get(i).level() == outermost && markers.get(i).number() == 1) {
                return i;
            }
        }
        return 0;
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
        boolean decimalSections = DECIMAL_SECTIONS.matcher(text).find();
        List<Marker> accepted = new ArrayList<>();
        Map<Level, Integer> last = new EnumMap<>(Level.class);
        Map<Level, String> lastLabel = new EnumMap<>(Level.class);
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            for (Level level : Level.values()) {
                String whole = matcher.group(groupName(level));
                if (whole == null) {
                    continue;
                }
                String number = numberPart(level, whole);
                OptionalDouble parsed = ChineseNumbers.parse(lastComponent(number));
                if (parsed.isEmpty() || (level.decimal && !decimalSections)
                        || (level.parent() != null && !parentOf(number).equals(lastLabel.get(level.parent())))) {
                    break;
                }
                int n = (int) parsed.getAsDouble();
                int previous = last.getOrDefault(level, 0);
                if (n == 1 || n == previous + 1) {
                    last.put(level, n);
                    lastLabel.put(level, number);
                    accepted.add(new Marker(level, n, label(level, whole), matcher.start()));
                }
                break;
            }
        }
        return accepted;
    }

    private static String numberPart(Level level, String whole) {
        if (level.decimal) {
            // the match is the number: what follows it was only looked at
            return whole;
        }
        Matcher matcher = Pattern.compile(level.regex).matcher(whole);
        return matcher.matches() ? matcher.group(1) : "";
    }

    /** 5.1.2 → 2; 十二 → 十二. */
    private static String lastComponent(String number) {
        return number.substring(number.lastIndexOf('.') + 1);
    }

    /** 5.1.2 → 5.1. */
    private static String parentOf(String number) {
        int dot = number.lastIndexOf('.');
        return dot < 0 ? "" : number.substring(0, dot);
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
