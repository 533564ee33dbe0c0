package io.raqib.source;

/** An outlet publishes articles; an originator is who a statement comes from (CENTCOM, CNN…). */
public enum SourceType {
    OUTLET, ORIGINATOR
}
