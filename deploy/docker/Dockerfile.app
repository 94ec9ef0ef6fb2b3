# The Yuqing command line (crawler, alert router, batch analysis) as an image.
# Build from the repository root after `mvn -B package -Dmaven.test.skip=true`:
#   docker build -f deploy/docker/Dockerfile.app -t yuqing/app:0.1.0 .
FROM eclipse-temurin:17.0.15_6-jre
RUN useradd --system --create-home --shell /usr/sbin/nologin yuqing
WORKDIR /opt/yuqing
COPY cli/target/yuqing-cli.jar cli/target/yuqing-cli.jar
COPY cli/target/lib/ cli/target/lib/
USER yuqing
ENTRYPOINT ["java", "-Xmx1g", "-Dyuqing.home=/opt/yuqing", "-cp", "cli/target/yuqing-cli.jar:cli/target/lib/*", "org.yuqing.cli.Yuqing"]
