package org.yuqing.core.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin that hijacked pages inject after characters, as in 政(zheng)策 or 政(zhèng)(zheng)务, to defeat
 * keyword filters. A group is removed only where it is a reading of the character before it, checked against
 * every reading in HanLP's dictionary (its sentence conversion picks one reading of a polyphone and gets 行, 重,
 * 的 wrong). A group right after a removed group refers to the same character. Real parentheses — (附件1),
 * (国办发〔2019〕54号), (2021年), (WTO) — are never readings, so they stay.
 */
public final class InjectedPinyin {

    /** Letters a pinyin syllable is written with, with or without tone marks, and an optional tone number. */
    private static final Pattern GROUP = Pattern.compile(
            "[(（]\\s*([a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ]{1,6}[1-5]?)\\s*[)）]");

    private static final Map<Integer, Set<String>> READINGS = new ConcurrentHashMap<>();

    private InjectedPinyin() {
    }

    /** The text without injected pinyin, and what was removed ("政(zheng)"), in order. */
    public record Cleaned(String text, List<String> removed) {
        public Cleaned {
            removed = List.copyOf(removed);
        }
    }

    /** The text without injected pinyin. */
    public static String strip(String text) {
        return clean(text).text();
    }

    public static Cleaned clean(String text) {
        if (text == null) {
            return new Cleaned(null, List.of());
        }
        Matcher m = GROUP.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        List<String> removed = new ArrayList<>();
        int copiedUpTo = 0;
        int previousGroupEnd = -1;
        int previousCharacter = -1;
        while (m.find()) {
            int character;
            int cut = m.start();
            if (m.start() == previousGroupEnd) {
                character = previousCharacter; // 政(zheng)(zheng): the second group is about 政 too
            } else {
                int before = m.start();
                while (before > 0 && isSpace(text.charAt(before - 1))) {
                    before--;
                }
                character = before > 0 ? text.codePointBefore(before) : -1;
                cut = before;
            }
            if (character >= 0 && isReading(character, m.group(1))) {
                out.append(text, copiedUpTo, Math.max(copiedUpTo, cut));
                copiedUpTo = m.end();
                previousGroupEnd = m.end();
                previousCharacter = character;
                removed.add(new String(Character.toChars(character)) + "(" + m.group(1) + ")");
            }
        }
        if (removed.isEmpty()) {
            return new Cleaned(text, List.of());
        }
        out.append(text, copiedUpTo, text.length());
        return new Cleaned(out.toString(), removed);
    }

    /** Whether the syllable (with or without tone mark or number) is one of the readings of the character. */
    static boolean isReading(int character, String syllable) {
        if (Character.UnicodeScript.of(character) != Character.UnicodeScript.HAN) {
            return false;
        }
        Set<String> readings = READINGS.computeIfAbsent(character, InjectedPinyin::readingsOf);
        String written = normalize(syllable);
        return readings.contains(written) || readings.contains(written.replace('u', 'v'));
    }

    private static Set<String> readingsOf(int character) {
        String written = new String(Character.toChars(character));
        Set<String> readings = new HashSet<>();
        addReadings(PinyinDictionary.get(written), readings);
        // The dictionary is for simplified text: 廣(guang) and 壓(ya) are read as 广 and 压.
        String simplified = HanLP.convertToSimplifiedChinese(written);
        if (!simplified.equals(written)) {
            addReadings(PinyinDictionary.get(simplified), readings);
        }
        return readings;
    }

    private static void addReadings(Pinyin[] pinyins, Set<String> readings) {
        if (pinyins != null) {
            for (Pinyin pinyin : pinyins) {
                String reading = normalize(pinyin.getPinyinWithoutTone());
                readings.add(reading);
                readings.add(reading.replace('v', 'u')); // lü is often written lu
            }
        }
    }

    /** Lower case, ü as v, no tone mark or tone number: "Lǜ4" and "lv" read the same. */
    static String normalize(String syllable) {
        String lower = syllable.toLowerCase(Locale.ROOT).replaceAll("[ǖǘǚǜü]", "v");
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.replaceAll("[1-5]$", "");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0';
    }
}
