/**
 * Whether each policy has been interpreted (政策解读) in time, and reminders to the body that should have done it.
 */
package org.yuqing.jobs.interpretation;
