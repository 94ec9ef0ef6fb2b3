package org.yuqing.jobs.policy;

/**
 * One thing a clause states, as written ({@code surface}) and, for numbers and dates, as a comparable
 * {@link Quantity}; {@code quantity} is null for scope, obligations, prohibitions, permissions and exceptions.
 */
public record Fact(FactKind kind, String surface, Quantity quantity) {

    public boolean hasQuantity() {
        return quantity != null;
    }
}
