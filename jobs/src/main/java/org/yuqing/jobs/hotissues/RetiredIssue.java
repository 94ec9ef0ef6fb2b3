package org.yuqing.jobs.hotissues;

/**
 * An issue whose messages a window found in other issues, and in no issue of its own: its document is deleted, as
 * the issues that took its messages in now list them.
 */
public record RetiredIssue(String id) implements HotIssueChange {
}
