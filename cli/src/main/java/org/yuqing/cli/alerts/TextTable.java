package org.yuqing.cli.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal with Chinese in it: a CJK character takes two columns,
 * so widths are counted in terminal columns, not in characters.
 */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    void add(List<String> row) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("a row has " + row.size() + " cells, the table " + headers.size() + " columns");
        }
        rows.add(row.stream().map(cell -> cell == null ? "-" : cell).toList());
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                out.append(cell);
                if (i < row.size() - 1) {
                    out.append(" ".repeat(widths[i] - width(cell) + 2));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    static int width(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        boolean wide = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && codePoint < 0xFF61
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
        return wide ? 2 : 1;
    }
}
