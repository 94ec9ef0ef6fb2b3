package org.yuqing.alerts.lifecycle;

/** No alert with that id is stored. */
public class UnknownAlertException extends RuntimeException {

    public UnknownAlertException(String id) {
        super("no alert with id " + id + " (./yuqing alerts list shows the ids)");
    }
}
