package org.yuqing.crawler.robots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one host's robots.txt that apply to this crawler (RFC 9309): the group naming our product
 * token, else the {@code *} group; the longest matching Allow or Disallow path wins, Allow on a tie.
 */
public final class RobotsRules {

    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), List.of());

    private final List<String> allow;
    private final List<String> disallow;

    private RobotsRules(List<String> allow, List<String> disallow) {
        this.allow = List.copyOf(allow);
        this.disallow = List.copyOf(disallow);
    }

    public static RobotsRules parse(String robotsTxt, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<String> starAllow = new ArrayList<>();
        List<String> starDisallow = new ArrayList<>();
        List<String> ownAllow = new ArrayList<>();
        List<String> ownDisallow = new ArrayList<>();
        boolean inStar = false;
        boolean inOwn = false;
        boolean previousWasAgent = false;
        for (String rawLine : robotsTxt.split("\\R")) {
            String line = rawLine.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!previousWasAgent) {
                    inStar = false;
                    inOwn = false;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                inStar |= agent.equals("*");
                inOwn |= !agent.equals("*") && token.startsWith(agent);
                previousWasAgent = true;
                continue;
            }
            previousWasAgent = false;
            if (value.isEmpty() || !(field.equals("allow") || field.equals("disallow"))) {
                continue;
            }
            boolean allowRule = field.equals("allow");
            if (inOwn) {
                (allowRule ? ownAllow : ownDisallow).add(value);
            }
            if (inStar) {
                (allowRule ? starAllow : starDisallow).add(value);
            }
        }
        boolean ownGroup = !ownAllow.isEmpty() || !ownDisallow.isEmpty();
        return ownGroup ? new RobotsRules(ownAllow, ownDisallow) : new RobotsRules(starAllow, starDisallow);
    }

    /** Whether a path (with its query) may be fetched. */
    public boolean isAllowed(String pathAndQuery) {
        int allowMatch = longestMatch(allow, pathAndQuery);
        int disallowMatch = longestMatch(disallow, pathAndQuery);
        return disallowMatch < 0 || allowMatch >= disallowMatch;
    }

    private static int longestMatch(List<String> patterns, String path) {
        int longest = -1;
        for (String pattern : patterns) {
            if (matches(pattern, path)) {
                longest = Math.max(longest, pattern.length());
            }
        }
        return longest;
    }

    /** Path prefixes with the two wildcards of RFC 9309: {@code *} for any run, {@code $} for the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
