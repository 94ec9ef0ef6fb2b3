package org.yuqing.jobs.hotissues;

/**
 * What a window changes in the {@code yuqing-hot-issues} index: an issue's latest view, or an issue that another
 * one took in, whose document must go so that no matter is listed twice.
 */
public sealed interface HotIssueChange permits HotIssue, RetiredIssue {

    String id();
}
