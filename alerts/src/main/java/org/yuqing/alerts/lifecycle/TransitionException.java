package org.yuqing.alerts.lifecycle;

/** A change of status that the lifecycle does not allow, such as answering an alert twice, worded for the user. */
public class TransitionException extends RuntimeException {

    public TransitionException(String message) {
        super(message);
    }
}
