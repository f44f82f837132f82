# The accessgraph server. Build: docker build -t accessgraph .
# Run against the Neo4j of docker-compose.yml (see README "Running for a team").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl api -am package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 accessgraph && mkdir /data && chown accessgraph /data
COPY --from=build /src/api/target/accessgraph.jar /app/accessgraph.jar
USER accessgraph
VOLUME /data
EXPOSE 8080
# The container binds beyond loopback so the port mapping works; put TLS in front (or set
# server.ssl.* through SPRING_APPLICATION_JSON) before exposing it past the host.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/accessgraph.jar serve --data-dir /data --bind 0.0.0.0 --port 8080 ${NEO4J_URI:+--neo4j-uri $NEO4J_URI}"]
