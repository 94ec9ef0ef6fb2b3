package org.yuqing.core.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a crawled document is: the jobs treat policies, citizens' words and official replies differently. */
public enum DocumentKind {
    POLICY,
    INTERPRETATION,
    MESSAGE,
    REPLY,
    COMMENT,
    /** A page that carries an article but neither a policy nor an interpretation: news, notices, 工作动态. */
    ARTICLE;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The title a document's writer gave it, which is read with its text: a comment's title is the title of the page
     * it was posted on, not the commenter's words, and would make every comment restate the policy it is under.
     */
    public static String writersTitle(DocumentKind kind, String title) {
        return kind == COMMENT || title == null ? "" : title;
    }

    @JsonCreator
    public static DocumentKind fromJson(String name) {
        for (DocumentKind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown document kind '" + name + "', expected one of policy, interpretation, message, reply, comment, article");
    }
}
