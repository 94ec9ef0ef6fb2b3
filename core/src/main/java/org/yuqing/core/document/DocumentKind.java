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
