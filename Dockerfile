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

FROM eclipse-temurin:17-jre
# The launcher's JVM settings (./raqib up): an explicit heap, bounded metaspace and code cache, the C1
# compiler only (less CPU and memory on two cores, as measured: README "Start-up and memory"), and at
# most two malloc arenas (glibc would otherwise give busy threads one each, 64 MB of address space apiece).
ENV LANG=C.UTF-8 \
    MALLOC_ARENA_MAX=2 \
    JAVA_HEAP="-Xms64m -Xmx192m" \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=128m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError"
RUN useradd --system --uid 185 --home-dir /deployments raqib
WORKDIR /deployments
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=185 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ /deployments/quarkus/
# AppCDS: an archive of the classes the service loads at start, for a faster start. Made here by this
# image's own JVM (an archive serves only the JVM and the class path that made it), as Quarkus makes it
# with quarkus.package.jar.appcds.enabled: the application initialises without connecting, then exits.
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar
USER 185
EXPOSE 8080
# An explicit heap: the container's memory limit (k8s/base/deployment.yaml) is set to match it.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_HEAP $JAVA_OPTS_APPEND -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar"]
