# Raqib as a container image, built from source: `docker build -t raqib:0.1.0 .` needs nothing
# prepared. Stage 1 builds the Quarkus app with Maven (production profile: PostgreSQL and
# Elasticsearch come from the environment); stage 2 runs it on a JRE as a non-root user.
# Configure with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME,
# QUARKUS_DATASOURCE_PASSWORD and QUARKUS_ELASTICSEARCH_HOSTS (see k8s/ and the README).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, in their own layer, so a code change does not download them again.
COPY pom.xml ./
RUN mvn -B -q dependency:resolve dependency:resolve-plugins || true
COPY src ./src
RUN mvn -B package -DskipTests

# The JDK's ahead-of-time cache (JDK 25: classes loaded and linked, and method profiles) of every class
# the service loads to ready and on its first requests, made by a training run (scripts/appcds.sh: started
# with -XX:AOTCacheOutput, asked a few requests, stopped) on a throwaway PostgreSQL, by this image's own JVM
# (a cache serves only the JVM and the class path that made it). No Elasticsearch here: the run does not
# wait for ready. Should it fail, a cache of Quarkus' static initialisation alone
# (quarkus.appcds.generate) is made instead. The service is compiled for Java 17 and runs on 25.
FROM eclipse-temurin:25-jre AS appcds
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends postgresql && rm -rf /var/lib/apt/lists/*
COPY scripts/ /opt/raqib/scripts/
COPY --from=build /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /build/target/quarkus-app/*.jar /deployments/
COPY --from=build /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build /build/target/quarkus-app/quarkus/ /deployments/quarkus/
WORKDIR /deployments
RUN { url=$(/opt/raqib/scripts/postgres.sh start --state /tmp/pg --port 55432 --throwaway | tail -n1) \
      && /opt/raqib/scripts/appcds.sh train --app /deployments --ready-wait 5 -- -Xms64m -Xmx192m -XX:+UseSerialGC \
         -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=128m -XX:TieredStopAtLevel=1 \
         -Dquarkus.datasource.jdbc.url="$url" -Dquarkus.datasource.username=raqib -Dquarkus.datasource.password=raqib \
         -Dquarkus.elasticsearch.hosts=127.0.0.1:9 -Dquarkus.elasticsearch.connection-timeout=200ms; } \
    || java -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar; \
    rm -f app-cds-training.log; test -s app.aot

FROM eclipse-temurin:25-jre
# The launcher's JVM settings (./raqib up): an explicit heap, bounded metaspace and code cache, the C1
# compiler only (less CPU and memory on two cores, as measured: README "Start-up and memory"), and at
# most two malloc arenas (glibc would otherwise give busy threads one each, 64 MB of address space apiece).
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    JAVA_HEAP="-Xms64m -Xmx192m" \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=128m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
RUN useradd --system --uid 185 --home-dir /deployments raqib
WORKDIR /deployments
# the jars exactly as the training run saw them, and its cache
COPY --from=appcds --chown=185 /deployments/ /deployments/
USER 185
EXPOSE 8080
# An explicit heap: the container's memory limit (k8s/base/deployment.yaml) is set to match it.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_HEAP $JAVA_OPTS_APPEND -XX:AOTCache=app.aot -jar quarkus-run.jar"]
