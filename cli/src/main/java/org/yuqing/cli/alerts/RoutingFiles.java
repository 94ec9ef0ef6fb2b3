package org.yuqing.cli.alerts;

import java.nio.file.Path;
import org.yuqing.cli.YuqingHome;

/** Where the routing file is: the one a command was given, else deploy/routing.yaml (the router and the briefing's mail). */
public final class RoutingFiles {

    private RoutingFiles() {
    }

    public static Path givenOrDefault(Path given) {
        return given != null ? given : YuqingHome.root().resolve("deploy/routing.yaml");
    }
}
