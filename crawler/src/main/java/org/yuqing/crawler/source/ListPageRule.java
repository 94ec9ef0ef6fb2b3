package org.yuqing.crawler.source;

import java.util.regex.Pattern;

/**
 * How to read a list page of a site (a 政策文件 index, page after page).
 *
 * @param url which URLs are list pages (a regular expression found anywhere in the URL)
 * @param links CSS selector of the links to documents; null for every link
 * @param next CSS selector of the link to the next list page; null where {@code links} already reaches it
 */
public record ListPageRule(Pattern url, String links, String next) {
}
