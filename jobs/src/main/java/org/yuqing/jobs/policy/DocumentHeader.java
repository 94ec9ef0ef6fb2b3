package org.yuqing.jobs.policy;

/**
 * The head of an official document before what it says: its title, its number and the bodies it is addressed to
 * (国务院办公厅关于…的通知 国办发〔2018〕114号 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：). It names
 * the policy, not one of its provisions: a comment about any clause resembles it.
 */
final class DocumentHeader {

    /** Addressee lists run to a few dozen characters; a colon further in ends a sentence of the text itself. */
    private static final int LONGEST = 200;

    private DocumentHeader() {
    }

    /** The text after the header, or the whole text when it has none. */
    static String without(String preamble) {
        return preamble.substring(end(preamble)).strip();
    }

    /**
     * Where the text after the header starts: just after the colon that closes the addressee list, when no sentence
     * ends before it; 0 when the text has no such header.
     */
    private static int end(String preamble) {
        for (int i = 0; i < Math.min(preamble.length(), LONGEST); i++) {
            char c = preamble.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；') {
                return 0;
            }
            if (c == '：' || c == ':') {
                return i + 1;
            }
        }
        return 0;
    }
}
