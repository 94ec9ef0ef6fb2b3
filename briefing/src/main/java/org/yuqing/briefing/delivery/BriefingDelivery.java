package org.yuqing.briefing.delivery;

import java.io.IOException;
import org.yuqing.briefing.Briefing;
import org.yuqing.briefing.BriefingFiles;

/**
 * Sends a written briefing to its readers. The alerts module's SMTP mailer is to implement it (subject from the
 * week, the HTML as body, the PDF attached, to the configured list); the schedule only knows this interface.
 */
public interface BriefingDelivery {

    /**
     * @param briefing the briefing, with its figures for a subject line or a summary
     * @param files    where its PDF and HTML were saved, for attaching
     * @throws IOException when it could not be delivered; the schedule reports it and tries again next week
     */
    void deliver(Briefing briefing, BriefingFiles files) throws IOException;
}
