# Raqib as a container image (JVM mode). Build the app first:
#   mvn -B package -DskipTests     (production profile: PostgreSQL + Elasticsearch from env)
#   docker build -t raqib:0.1.0 .
# Configure with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME,
# QUARKUS_DATASOURCE_PASSWORD and QUARKUS_ELASTICSEARCH_HOSTS (see k8s/).
FROM eclipse-temurin:17-jre

ENV LANG=C.UTF-8 \
    JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0 -XX:MaxRAMPercentage=75"

RUN useradd --system --uid 185 --home-dir /deployments raqib
WORKDIR /deployments
COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

USER 185
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /deployments/quarkus-run.jar"]
