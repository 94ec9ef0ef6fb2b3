package org.yuqing.alerts.lifecycle;

/** No alert with that id is stored. */
public class UnknownAlertException extends RuntimeException {

    public UnknownAlertException(String id) {
        super("no alert with id " + id + " in the index yuqing-alerts (./yuqing alerts list shows the ids)");
    }
}
