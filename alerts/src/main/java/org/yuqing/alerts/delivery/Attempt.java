package org.yuqing.alerts.delivery;

/**
 * How one attempt at a delivery went. A transient failure (the receiver down, slow or answering 5xx) is worth
 * another attempt; a permanent one (the receiver refused the request itself) is not.
 */
public record Attempt(Kind kind, String detail) {

    public enum Kind { DELIVERED, TRANSIENT_FAILURE, PERMANENT_FAILURE }

    public static Attempt delivered(String detail) {
        return new Attempt(Kind.DELIVERED, detail);
    }

    public static Attempt transientFailure(String detail) {
        return new Attempt(Kind.TRANSIENT_FAILURE, detail);
    }

    public static Attempt permanentFailure(String detail) {
        return new Attempt(Kind.PERMANENT_FAILURE, detail);
    }
}
