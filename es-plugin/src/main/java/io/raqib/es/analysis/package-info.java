/**
 * Thin Elasticsearch stable-plugin factories over Lucene's own analysis classes, registered under
 * the names that Elasticsearch's {@code analysis-common} module uses, so that index settings written
 * for the official distribution work unchanged on the minimal {@code integ-test-zip} node used for
 * local runs and tests.
 *
 * <p>Each component is a public class with one public constructor, annotated with
 * {@link org.elasticsearch.plugin.NamedComponent}; a constructor that takes settings is annotated with
 * {@link org.elasticsearch.plugin.Inject} and takes an interface annotated with
 * {@link org.elasticsearch.plugin.settings.AnalysisSettings}, which Elasticsearch implements with a proxy
 * over the component's settings block. {@code named_components.json} (in {@code src/main/plugin}) lists
 * every component; {@code NamedComponentsTest} keeps it in step with the annotations.
 */
package io.raqib.es.analysis;
