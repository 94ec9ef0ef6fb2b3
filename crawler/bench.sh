#!/usr/bin/env bash
# Fetch-and-extract throughput on loopback, politeness off: crawler/bench.sh [pages] [rounds]
# Not part of the tests; it prints pages/s and pages/s per core of crawl CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile -pl core,crawler
# Each module's own dependencies; this checkout's classes come first, ahead of any installed yuqing-core.
mvn -B -q -o dependency:build-classpath -pl core,crawler -Dmdep.outputFile=target/bench.classpath >/dev/null
java -cp "crawler/target/test-classes:crawler/target/classes:core/target/classes:$(cat core/target/bench.classpath):$(cat crawler/target/bench.classpath)" \
  org.yuqing.crawler.bench.ThroughputBenchmark "$@"
