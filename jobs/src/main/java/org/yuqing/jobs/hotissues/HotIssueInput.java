package org.yuqing.jobs.hotissues;

import java.io.Serializable;

/**
 * What hot-issue mining needs of a message or comment. The analysis job maps its documents to this, so that
 * the grouping does not change when the analysed document gains fields.
 *
 * @param subject the message's own subject line (留言主题) where it has one, else null
 * @param tokens HanLP words joined by single spaces, as the analysed document carries them
 * @param region the area issues are mined within (a city, at the configured level): no issue crosses it
 * @param place the finest place known, such as A市A3区; null when unknown
 * @param author who wrote it (masked as the crawler masks it), null when unknown: a campaign of one writer
 *     is not a matter many people raise
 * @param negative whether the sentiment classifier found it negative; null when not classified
 */
public record HotIssueInput(
        String id,
        String subject,
        String text,
        String tokens,
        String author,
        String region,
        String place,
        long publishedAtMillis,
        long likes,
        long dislikes,
        long reposts,
        Boolean negative) implements Serializable {
}
