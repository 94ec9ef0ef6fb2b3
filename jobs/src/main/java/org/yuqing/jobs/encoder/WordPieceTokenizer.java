package org.yuqing.jobs.encoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT's tokenization as BGE-small-zh v1.5's tokenizer defines it: drop control characters, a space around every
 * CJK character, split on whitespace and punctuation, no lower-casing, then WordPiece. Hand-written because the
 * tokenizer libraries for the JVM load a native library; this one is a few dozen lines and is checked against the
 * Python side that trained the model (training/transformer/tokenizer.py).
 */
public final class WordPieceTokenizer {

    private static final int MAX_WORD_CHARS = 100;
    /** A text's end is read from this many characters per token of the tail: a token is a character or more. */
    private static final int TAIL_CHARS_PER_TOKEN = 8;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classToken;
    private final int separator;

    public WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.classToken = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /** A vocabulary file of one token a line, the line number being its id. */
    public static WordPieceTokenizer read(InputStream vocabularyFile) throws IOException {
        Map<String, Integer> vocabulary = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(vocabularyFile, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                vocabulary.put(line, vocabulary.size());
            }
        }
        return new WordPieceTokenizer(vocabulary);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    /**
     * [CLS], the text's tokens, [SEP], at most {@code maxTokens} in all: a longer text is cut, and reading stops
     * there, so that a text of 100,000 characters costs no more than one of a few hundred.
     */
    public int[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classToken);
        read(text, 0, maxTokens - 1, ids);
        return withSeparator(ids, maxTokens - 1);
    }

    /**
     * [CLS], the text's tokens, [SEP], at most {@code cut.tokens()} in all; a longer text keeps its first tokens and
     * its last {@code cut.tail()}. The end is read from the text's last characters, so a long text still costs
     * little to read.
     */
    public int[] encode(String text, TokenCut cut) {
        if (cut.tail() == 0) {
            return encode(text, cut.tokens());
        }
        List<Integer> ids = new ArrayList<>();
        ids.add(classToken);
        int headLimit = cut.tokens() - 1 - cut.tail();
        int stop = read(text, 0, headLimit, ids);
        if (ids.size() < headLimit) {
            return withSeparator(ids, headLimit);
        }
        // the head is full: the rest, or its last tokens when it is longer than the tail
        ids.subList(headLimit, ids.size()).clear();
        int from = Math.max(stop, text.length() - TAIL_CHARS_PER_TOKEN * cut.tail());
        if (from > stop && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        List<Integer> rest = new ArrayList<>();
        read(text, from, Integer.MAX_VALUE, rest);
        ids.addAll(rest.subList(Math.max(0, rest.size() - cut.tail()), rest.size()));
        return withSeparator(ids, cut.tokens() - 1);
    }

    /**
     * Appends the ids of text from {@code from} while {@code ids} holds fewer than {@code limit} (a word's pieces
     * may pass it); returns where reading stopped.
     */
    private int read(String text, int from, int limit, List<Integer> ids) {
        StringBuilder word = new StringBuilder();
        int i = from;
        while (i < text.length() && ids.size() < limit) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || isControl(c)) {
                continue;
            }
            if (isWhitespace(c)) {
                flush(word, ids, limit);
            } else if (isCjk(c) || isPunctuation(c)) {
                flush(word, ids, limit);
                word.appendCodePoint(c);
                flush(word, ids, limit);
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, ids, limit);
        return i;
    }

    /** The first {@code limit} ids, then [SEP]. */
    private int[] withSeparator(List<Integer> ids, int limit) {
        int[] out = new int[Math.min(ids.size(), limit) + 1];
        for (int k = 0; k < out.length - 1; k++) {
            out[k] = ids.get(k);
        }
        out[out.length - 1] = separator;
        return out;
    }

    private void flush(StringBuilder word, List<Integer> ids, int limit) {
        if (word.length() == 0) {
            return;
        }
        if (ids.size() < limit) {
            wordPiece(word.toString(), ids);
        }
        word.setLength(0);
    }

    /** Longest-match-first pieces, continuations prefixed with ##; a word with an unknown part is one [UNK]. */
    private void wordPiece(String word, List<Integer> ids) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            ids.add(unknown);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start == 0 ? word.substring(0, end) : "##" + word.substring(start, end);
                found = vocabulary.get(piece);
                if (found != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                ids.add(unknown);
                return;
            }
            pieces.add(found);
            start = end;
        }
        ids.addAll(pieces);
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isControl(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
