package org.yuqing.cli.alerts;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.yuqing.alerts.lifecycle.AlertQuery;
import org.yuqing.alerts.lifecycle.AlertStore;
import org.yuqing.alerts.lifecycle.Handling;
import org.yuqing.alerts.lifecycle.StoredAlert;
import org.yuqing.alerts.lifecycle.TransitionException;
import org.yuqing.alerts.lifecycle.UnknownAlertException;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.naming.IndexNames;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code ./yuqing alerts list|ack|answer}: what the people who handle alerts do from a terminal. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "List alerts, acknowledge them and record their answers (index yuqing-alerts).",
        subcommands = {AlertsCommand.ListAlerts.class, AlertsCommand.Ack.class, AlertsCommand.Answer.class})
public final class AlertsCommand implements Runnable {

    @Option(names = "--config", scope = ScopeType.INHERIT, description = "YAML settings file (Elasticsearch)")
    Path config;

    @Option(names = "--index", hidden = true, scope = ScopeType.INHERIT, defaultValue = IndexNames.ALERTS)
    String index;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs one change on the store, turning a wrong id or transition into a message and exit code 1. */
    int change(String id, UnaryOperator<StoredAlert> change, String done) {
        try (AlertsConnection es = new AlertsConnection(config)) {
            StoredAlert changed = new AlertStore(es.client(), index).update(id, change);
            System.out.println(done + ": " + changed.alert().id() + " " + changed.alert().title());
            return 0;
        } catch (UnknownAlertException | TransitionException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print alerts as a table, newest first.")
    static final class ListAlerts implements Callable<Integer> {

        private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
        private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");

        @ParentCommand
        AlertsCommand parent;

        @Option(names = "--status", description = "open, acknowledged, answered or closed")
        String status;

        @Option(names = "--body", description = "only alerts this responsible body must answer")
        String body;

        @Option(names = "--overdue", description = "only alerts whose deadline passed unanswered")
        boolean overdue;

        @Option(names = "--limit", defaultValue = "50", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit;

        @Override
        public Integer call() {
            AlertStatus wanted;
            try {
                wanted = status == null ? null : AlertStatus.of(status);
            } catch (IllegalArgumentException e) {
                System.err.println("error: --status: " + e.getMessage());
                return 2;
            }
            try (AlertsConnection es = new AlertsConnection(parent.config)) {
                List<StoredAlert> alerts = new AlertStore(es.client(), parent.index)
                        .search(new AlertQuery(wanted, body, overdue, limit));
                System.out.print(table(alerts));
                System.out.println(alerts.size() + (alerts.size() == 1 ? " alert" : " alerts"));
            }
            return 0;
        }

        static String table(List<StoredAlert> alerts) {
            TextTable table = new TextTable(List.of("ID", "STATUS", "SEVERITY", "TYPE", "RESPONSIBLE BODY",
                    "DEADLINE (BJT)", "TITLE"));
            for (StoredAlert a : alerts) {
                table.add(List.of(a.alert().id(),
                        a.lifecycle().status().label() + (a.lifecycle().overdue() ? " OVERDUE" : ""),
                        a.alert().severity() == null ? "-" : a.alert().severity().label(),
                        a.alert().type().label(), nullToDash(a.alert().responsibleBody()),
                        beijing(a.alert().responseDeadline()), nullToDash(a.alert().title())));
            }
            return table.render();
        }

        private static String nullToDash(String value) {
            return value == null ? "-" : value;
        }

        private static String beijing(String instant) {
            if (instant == null) {
                return "-";
            }
            try {
                return SHORT.format(Instant.parse(instant).atZone(CHINA));
            } catch (DateTimeParseException e) {
                return instant;
            }
        }
    }

    @Command(name = "ack", mixinStandardHelpOptions = true, description = "Acknowledge an open alert: somebody is on it.")
    static final class Ack implements Callable<Integer> {

        @ParentCommand
        AlertsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "the alert id (see alerts list)")
        String id;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who acknowledges it")
        String by;

        @Override
        public Integer call() {
            return parent.change(id, stored -> Handling.acknowledge(stored, by, Instant.now()), "acknowledged by " + by);
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true,
            description = "Record the answer to an alert: the clarification as text, or the link where it was published.")
    static final class Answer implements Callable<Integer> {

        @ParentCommand
        AlertsCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "the alert id (see alerts list)")
        String id;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who answers it")
        String by;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Content content;

        static final class Content {
            @Option(names = "--text", paramLabel = "TEXT", description = "the clarification")
            String text;

            @Option(names = "--url", paramLabel = "URL", description = "where the clarification or interpretation was published")
            String url;
        }

        @Override
        public Integer call() {
            return parent.change(id, stored -> Handling.answer(stored, by, content.text, content.url, Instant.now()),
                    "answered by " + by);
        }
    }
}
