package io.raqib.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The 201 answer to a POST that made a record: the record, and its address under the request's path. */
public final class CreatedResponse {
    private CreatedResponse() {
    }

    public static Response of(UriInfo uri, Object id, Object record) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(record).build();
    }
}
