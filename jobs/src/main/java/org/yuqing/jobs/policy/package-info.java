/**
 * Registered policies: their numbered clauses, quoted verbatim, and the facts each clause states (dates and
 * deadlines, amounts, percentages, ages, durations, counts, scope, obligations, prohibitions, permissions,
 * exceptions) as comparable values.
 *
 * <p>Reading policies: {@code PolicyRegistry.of(new PolicyLines().read(reader))} from JSON lines
 * ({@code id, title, doc_no, issuer, drafting_body, published_at, text, interpretation}), or
 * {@link org.yuqing.jobs.policy.PolicyFactory#create} for one policy, e.g. from a crawled
 * {@code RawDocument} of kind policy.
 */
package org.yuqing.jobs.policy;
